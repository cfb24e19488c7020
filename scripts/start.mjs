// `npm start`: builds dist/ only when a source is newer than the last build, then serves. A second start skips
// the compiler and answers within a second or two.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const STAMP = join('dist', '.built')

function newest(path) {
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs)
}

const sources = ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'].filter(existsSync)
const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0
if (Math.max(...sources.map(newest)) > built) {
  console.error('building dist/ …')
  const res = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  })
  if (res.status !== 0) process.exit(res.status ?? 1)
  writeFileSync(STAMP, new Date().toISOString() + '\n')
}
// The server runs in this process, so signals reach it directly.
process.argv = [process.argv[0], join(process.cwd(), 'dist', 'cli.js'), 'start', ...process.argv.slice(2)]
await import(pathToFileURL(process.argv[1]).href)
