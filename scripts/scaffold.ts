// Writes a new operation from its catalog row: src/api/<group>/<operationId>.ts, its registration in the group's
// index.ts (and the group's in src/api/index.ts when the group is new), and a test that fails until the operation
// answers as it should.   Usage: npm run scaffold -- <operationId>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { catalogFacts } from '../src/catalog/facts.js'
import { must } from '../src/util/must.js'

const project = join(dirname(fileURLToPath(import.meta.url)), '..')
const root = process.env.SCAFFOLD_ROOT ?? project
const id = process.argv[2]
if (!id) fail('usage: npm run scaffold -- <operationId>   (ids are in src/catalog/operations.ts)')
const facts = catalogFacts(id)
if (!facts) fail(`${id} is not in src/catalog/operations.ts`)

/** The folder of a catalog group: "Cloud Recording" → cloud-recording; an existing folder keeps its name. */
const FOLDERS: Record<string, string> = { 'Tracking Field': 'tracking-fields' }
const folder = FOLDERS[facts.group] ?? facts.group.toLowerCase().replace(/[^a-z0-9]+/g, '-')
const listName = folder.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()) + 'Operations'
const dir = join(root, 'src/api', folder)
const opFile = join(dir, `${id}.ts`)
if (existsSync(opFile)) fail(`${opFile} exists already`)

const status = facts.method === 'POST' ? 201 : facts.method === 'GET' ? 200 : 204
const pathParams = [...facts.path.matchAll(/\{(\w+)\}/g)].map((m) => must(m[1], 'the path parameter group'))
mkdirSync(dir, { recursive: true })
writeFileSync(
  opFile,
  `import { Type } from 'typebox';
import { defineOperation } from '../../http/operation.js';

// ${facts.summary.en}: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: '${id}',
  method: '${facts.method}',
  path: '${facts.path}',
${pathParams.length ? `  params: Type.Object({ ${pathParams.map((p) => `${p}: Type.String()`).join(', ')} }),\n` : ''}  success: { status: ${status} },
  handle() {
    throw new Error('${id} is declared but not written yet');
  },
});
`,
)

const indexFile = join(dir, 'index.ts')
if (!existsSync(indexFile)) {
  writeFileSync(
    indexFile,
    `import type { AnyOperation } from '../../http/operation.js';\n\n/** The ${facts.group} operations. */\nexport const ${listName}: AnyOperation[] = [];\n`,
  )
  const apiIndex = join(root, 'src/api/index.ts')
  let text = readFileSync(apiIndex, 'utf8')
  text = text.replace(/(import { simulatorOperations })/, `import { ${listName} } from './${folder}/index.js';\n$1`)
  text = text.replace(/(\n {2}\.\.\.simulatorOperations,)/, `\n  ...${listName},$1`)
  writeFileSync(apiIndex, text)
}
let index = readFileSync(indexFile, 'utf8')
index = index.replace(/(\n\n\/\*\*)/, `\nimport ${id} from './${id}.js';$1`)
index = index.replace(
  new RegExp(`(${listName}: AnyOperation\\[\\] = \\[)([^\\]]*)\\]`),
  (_m, head: string, list: string) => `${head}${list.trim() ? `${list.trim().replace(/,$/, '')}, ` : ''}${id}]`,
)
writeFileSync(indexFile, index)

const testFile = join(root, 'test/http', `${id}.test.ts`)
mkdirSync(dirname(testFile), { recursive: true })
const samplePath = facts.path.replace(/\{(\w+)\}/g, (_m, p: string) =>
  p === 'userId' ? 'me' : p === 'accountId' ? 'me' : `TODO-${p}`,
)
writeFileSync(
  testFile,
  `import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../helpers/server.js';

describe(${JSON.stringify(`${id}: ${facts.summary.en}`)}, () => {
  let t: TestServer;
  let token: string;
  before(async () => {
    t = await startTestServer();
    token = await t.token();
  });
  after(() => t.close());

  it('answers ${status} with Zoom’s fields', async () => {
    const res = await t.call('${facts.method}', '/v2${samplePath}', { token });
    assert.equal(res.status, ${status}, res.text);
  });

  it('refuses what Zoom refuses, with Zoom’s code and message', async () => {
    assert.fail('write the refusals of ${id}');
  });
});
`,
)

// The templates are written plainly; the project's formatter gives them its style.
const style = await prettier.resolveConfig(join(project, 'src/app.ts'), { config: join(project, '.prettierrc.json') })
for (const file of [opFile, indexFile, testFile, join(root, 'src/api/index.ts')]) {
  writeFileSync(file, await prettier.format(readFileSync(file, 'utf8'), { ...style, parser: 'typescript' }))
}

console.log(`wrote ${rel(opFile)}, ${rel(testFile)}; registered in ${rel(indexFile)}`)
console.log(`next: request/response schemas, the handler (a service in src/domain/${folder}/), and the tests`)

function rel(p: string): string {
  return p.slice(root.length + 1)
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}
