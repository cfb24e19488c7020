import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

// The package as another project gets it: `npm pack`, installed into a fresh project without the network, its
// bin started with npx on a fixtures file, answering OAuth and the API, and stopping on SIGTERM.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' })
const skip = npm.status === 0 ? false : 'npm is not available on this machine'

function newest(path: string): number {
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs)
}

/** dist/ as `npm start` keeps it: rebuilt only when a source is newer than the last build. */
function buildIfStale(): void {
  const stamp = join(ROOT, 'dist', '.built')
  const sources = ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'].map((p) => join(ROOT, p))
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0
  if (Math.max(...sources.filter(existsSync).map(newest)) <= built) return
  const tsc = spawnSync(
    process.execPath,
    [
      'node_modules/typescript/bin/tsc',
      '-p',
      'tsconfig.build.json',
      // Only what changed since the last build is checked again.
      '--incremental',
      '--tsBuildInfoFile',
      'node_modules/.cache/zoom-api-server/build.tsbuildinfo',
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr)
  writeFileSync(stamp, new Date().toISOString() + '\n')
}

function run(cmd: string, args: string[], cwd: string) {
  return spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, npm_config_fund: 'false' },
  })
}

/**
 * `npm install --offline` when the npm cache holds every dependency; otherwise what it would do by hand: the
 * tarball unpacked into node_modules, the declared dependencies linked from this repository's node_modules (a
 * dependency missing from `dependencies` then fails to load), and the bin linked and made executable.
 */
function install(project: string, tarball: string): string {
  const offline = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball], project)
  if (offline.status === 0) return 'npm install --offline'
  const pkgDir = join(project, 'node_modules', 'zoom-api-server')
  rmSync(join(project, 'node_modules'), { recursive: true, force: true })
  mkdirSync(pkgDir, { recursive: true })
  const tar = run('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1'], project)
  assert.equal(tar.status, 0, tar.stderr)
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>
    bin: Record<string, string>
  }
  for (const dep of Object.keys(manifest.dependencies)) {
    const link = join(project, 'node_modules', dep)
    mkdirSync(dirname(link), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules', dep), link, 'dir')
  }
  mkdirSync(join(project, 'node_modules', '.bin'))
  for (const [name, file] of Object.entries(manifest.bin)) {
    chmodSync(join(pkgDir, file), 0o755)
    symlinkSync(join('..', 'zoom-api-server', file), join(project, 'node_modules', '.bin', name))
  }
  return `unpacked with linked dependencies (npm install --offline: ${offline.stderr.split('\n')[0] ?? ''})`
}

describe('the packed package', { skip, timeout: 300_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'zoom-pack-'))
  after(() => rmSync(work, { recursive: true, force: true }))

  it('installs without the network, starts with npx on a fixtures file, answers, and stops on SIGTERM', async () => {
    buildIfStale()
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT)
    assert.equal(packed.status, 0, packed.stderr)
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>
    assert.ok(info)
    const files = new Set(info.files.map((f) => f.path))
    for (const needed of ['dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'src/docs/examples.json'])
      assert.ok(files.has(needed), `${needed} is in the package`)
    assert.ok(
      [...files].some((f) => f.startsWith('docs/guides/en/')),
      'the guides are in the package',
    )
    assert.ok(![...files].some((f) => f.startsWith('test/') || (f.endsWith('.ts') && !f.endsWith('.d.ts'))))

    const project = join(work, 'consumer')
    mkdirSync(project)
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
    const how = install(project, join(work, info.filename))

    const child = spawn(
      'npx',
      ['--offline', 'zoom-api-server', 'start', '--seed', join(ROOT, 'examples', 'fixtures.yaml')],
      {
        cwd: project,
        env: {
          ...process.env,
          PORT: '0',
          HOST: '127.0.0.1',
          DATABASE_URL: join(work, 'consumer.db'),
          LOG_LEVEL: 'info',
          PUBLIC_URL: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    try {
      const field = (label: string) => out.match(new RegExp(`${label}:\\s+(\\S+)`))?.[1]
      const deadline = Date.now() + 30_000
      while (!(field('Client secret') && out.includes('Fixtures from')) && Date.now() < deadline) {
        if (child.exitCode !== null) break
        await new Promise((r) => setTimeout(r, 100))
      }
      const origin = out.match(/listening on (http:\/\/\S+)/)?.[1]
      assert.ok(origin, `${how}\n${out}`)
      assert.equal((await fetch(`${origin}/health`)).status, 200)

      const basic = Buffer.from(`${field('Client ID')}:${field('Client secret')}`).toString('base64')
      const tokenRes = await fetch(
        `${origin}/oauth/token?grant_type=account_credentials&account_id=${field('Account ID')}`,
        {
          method: 'POST',
          headers: { authorization: `Basic ${basic}` },
        },
      )
      assert.equal(tokenRes.status, 200)
      const { access_token } = (await tokenRes.json()) as { access_token: string }
      const me = await fetch(`${origin}/v2/users/me`, { headers: { authorization: `Bearer ${access_token}` } })
      assert.equal(me.status, 200)
      assert.equal(((await me.json()) as { email: string }).email, field('Owner'))
      // A user of the fixtures file.
      const alice = await fetch(`${origin}/v2/users/alice@example.com`, {
        headers: { authorization: `Bearer ${access_token}` },
      })
      assert.equal(alice.status, 200)
    } finally {
      // The server's own process (npx runs it as a child), as its log names it: the signal a supervisor sends.
      const pid = Number(out.match(/"pid":(\d+)/)?.[1])
      if (pid && pid !== child.pid) process.kill(pid, 'SIGTERM')
      else child.kill('SIGTERM')
    }
    assert.equal(await exited, 0, out)
    assert.match(out, /Zoom API server listening/)
  })
})
