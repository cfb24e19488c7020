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
