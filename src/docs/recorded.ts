// The examples and errors recorded from the test suite's answers (src/docs/examples.json, written by
// `npm run docs:record`): read at run time, as the file is data, not code.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../util/project-root.js'

export interface Recorded {
  request?: { method: string; url: string; body?: unknown }
  response?: { status: number; body?: unknown }
  errors: { status: number; code: number; message: string }[]
}

let recorded: Record<string, Recorded | undefined> | undefined

export function recordedAnswers(): Record<string, Recorded | undefined> {
  if (!recorded) {
    const file = join(projectRoot(), 'src', 'docs', 'examples.json')
    recorded = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Recorded>) : {}
  }
  return recorded
}

type RecordedError = Recorded['errors'][number]

// A replacement character or a control character: the echo of a deliberately broken request, not a message a
// reader learns anything from.
const garbled = (message: string): boolean =>
  [...message].some((c) => {
    const n = c.codePointAt(0) ?? 0
    return n < 0x20 || (n >= 0x7f && n <= 0x9f) || n === 0xfffd
  })

/** What distinguishes two messages for a reader: not the ID or number a request named. */
const messagePattern = (message: string): string => message.replace(/: .*$/s, ': …').replace(/\d+/g, '#')

/**
 * The recorded errors as a reference page lists them: one row per status, code and message pattern (the first
 * example of each), leaving out messages that echo unreadable input.
 */
export function errorRows(errors: readonly RecordedError[]): RecordedError[] {
  const rows = new Map<string, RecordedError>()
  for (const e of errors) {
    if (garbled(e.message)) continue
    const key = `${e.status} ${e.code} ${messagePattern(e.message)}`
    if (!rows.has(key)) rows.set(key, e)
  }
  return [...rows.values()]
}
