import { errors } from '../../errors/catalog.js'

/**
 * `file_ids=a,b` of a virtual background delete (account, group or user settings): the distinct ids it names;
 * naming none is Zoom's 300.
 */
export function requestedFileIds(fileIds: string | undefined): string[] {
  const ids = [
    ...new Set(
      (fileIds ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]
  if (!ids.length) throw errors.badRequest('Invalid parameter: file_ids')
  return ids
}
