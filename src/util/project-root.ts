import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let root: string | undefined

/** The project folder. The sources run from src/ (tsx) or dist/src/ (built), so it is found by looking upwards. */
export function projectRoot(): string {
  if (root) return root
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error('the project folder (with package.json) was not found')
    dir = up
  }
  root = dir
  return dir
}
