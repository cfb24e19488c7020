import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'

const repo = join(import.meta.dirname, '..')

/** The scaffold command, run on a copy of the sources so the repository stays as it is. */
describe('npm run scaffold', () => {
  let copy: string
  const scaffold = (id: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(copy, 'scripts/scaffold.ts'), id], {
      env: { ...process.env, SCAFFOLD_ROOT: copy },
      encoding: 'utf8',
    })
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'scaffold-'))
    for (const d of ['src', 'scripts']) cpSync(join(repo, d), join(copy, d), { recursive: true })
    for (const f of ['package.json', '.prettierrc.json']) cpSync(join(repo, f), join(copy, f))
    symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'))
    // Every catalog operation is written; the copy forgets the Dashboards group so there is a new group to make.
    rmSync(join(copy, 'src/api/dashboards'), { recursive: true })
    const index = join(copy, 'src/api/index.ts')
    writeFileSync(
      index,
      readFileSync(index, 'utf8')
        .split('\n')
        .filter((line) => !line.includes('dashboardsOperations'))
        .join('\n'),
    )
  })
  after(() => rmSync(copy, { recursive: true, force: true }))

  it('writes operations of a new group, then of that existing group, from the catalog, registered and served', () => {
    for (const id of ['dashboardChat', 'dashboardCRC']) {
      const res = scaffold(id)
      assert.equal(res.status, 0, res.stderr)
      assert.match(res.stdout, new RegExp(`wrote src/api/[\\w-]+/${id}\\.ts, test/http/${id}\\.test\\.ts`))
    }
    const op = readFileSync(join(copy, 'src/api/dashboards/dashboardCRC.ts'), 'utf8')
    assert.match(op, /id: 'dashboardCRC',\n {2}method: 'GET',\n {2}path: '\/metrics\/crc',\n/)
    assert.match(
      readFileSync(join(copy, 'src/api/dashboards/index.ts'), 'utf8'),
      /dashboardsOperations: AnyOperation\[\] = \[[^\]]*dashboardChat,\s+dashboardCRC,?\s*\]/,
    )
    assert.doesNotMatch(op, /scopes|rateLimit|summary/)
    // The copy's operation list now holds both, with the catalog's facts.
    const listed = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        "import('./src/api/index.ts').then((m) => console.log(JSON.stringify(m.operations.filter((o) => ['dashboardChat', 'dashboardCRC'].includes(o.id)).map((o) => [o.id, o.group, o.scopes, o.master]))))",
      ],
      { cwd: copy, encoding: 'utf8' },
    )
    assert.deepEqual(JSON.parse(listed), [
      ['dashboardChat', 'Dashboards', ['dashboard_im:read:admin'], true],
      ['dashboardCRC', 'Dashboards', ['dashboard_crc:read:admin'], true],
    ])
    // Its test fails until the operation is written.
    assert.match(
      readFileSync(join(copy, 'test/http/dashboardChat.test.ts'), 'utf8'),
      /assert\.fail\('write the refusals of dashboardChat'\)/,
    )
  })

  it('refuses an id the catalog does not have, and an operation that exists', () => {
    assert.match(scaffold('noSuchOperation').stderr, /noSuchOperation is not in src\/catalog\/operations\.ts/)
    assert.match(scaffold('createRole').stderr, /exists already/)
  })
})
