import type { AnyOperation } from '../../http/operation.js'
import listArchivedFiles from './listArchivedFiles.js'

/** The Archiving operations. */
export const archivingOperations: AnyOperation[] = [listArchivedFiles]
