import assert from 'node:assert/strict'
import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { after, before, describe, it } from 'node:test'
import { recordedAnswers } from '../../src/docs/recorded.js'
import { pythonSample } from '../../src/docs/site/samples.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

// Python with `requests` is what the reference's Python samples use: the first interpreter on the machine that has
// it (Debian's python3-requests serves /usr/bin/python3 when another python3 comes first); none skips these tests.
const PYTHON = ['python3', '/usr/bin/python3'].find(
  (bin) => spawnSync(bin, ['-c', 'import requests'], { encoding: 'utf8' }).status === 0,
)
const skip = PYTHON === undefined ? 'python3 with requests is not installed' : false

const FEATURE_GATED = [
  'getBillingInvoicesReports',
  'getBillingReport',
  'listArchivedFiles',
  'ListSIPPhonePhones',
  'listSipPhones',
  'listSIPTrunkNumbers',
  'reportTelephone',
]

/** Runs a script while the server, in this process, keeps answering it. */
async function runPython(source: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'zoom-py-'))
  try {
    const file = join(dir, 'client.py')
    writeFileSync(file, source)
    const { stdout } = await promisify(execFile)(PYTHON ?? 'python3', [file], { encoding: 'utf8', timeout: 60_000 })
    return stdout
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('A Python client over HTTP', { skip }, () => {
  let t: TestServer
  before(async () => {
    t = await startTestServer()
  })
  after(() => t?.close())

  it('gets a Server-to-Server token and drives users, meetings and webinars as against Zoom', async () => {
    const { clientId, clientSecret, accountId } = t.seed
    const out = await runPython(`
import json, requests

BASE = ${JSON.stringify(t.origin)}
tok = requests.post(f"{BASE}/oauth/token", auth=(${JSON.stringify(clientId)}, ${JSON.stringify(clientSecret)}),
                    data={"grant_type": "account_credentials", "account_id": ${JSON.stringify(accountId)}}).json()
s = requests.Session()
s.headers["Authorization"] = "Bearer " + tok["access_token"]
api = BASE + "/v2"
seen = {"token_type": tok["token_type"], "expires_in": tok["expires_in"]}

for n in range(3):
    r = s.post(f"{api}/users", json={"action": "custCreate",
               "user_info": {"email": f"py{n}@example.com", "type": 1, "first_name": "Py", "last_name": str(n)}})
    assert r.status_code == 201, r.text

emails, token, pages = [], "", 0
while True:
    r = s.get(f"{api}/users", params={"page_size": 2, "next_page_token": token})
    body = r.json()
    emails += [u["email"] for u in body["users"]]
    pages += 1
    token = body["next_page_token"]
    if not token:
        break
seen["pages"] = pages
seen["total_records"] = body["total_records"]
seen["emails"] = sorted(emails)
seen["rate_category"] = r.headers.get("X-RateLimit-Category")

m = s.post(f"{api}/users/me/meetings", json={"topic": "From Python", "type": 2,
           "start_time": "2026-11-20T10:00:00Z", "duration": 45, "settings": {"waiting_room": True}})
assert m.status_code == 201, m.text
mid = m.json()["id"]
assert s.patch(f"{api}/meetings/{mid}", json={"topic": "Renamed in Python"}).status_code == 204
got = s.get(f"{api}/meetings/{mid}").json()
seen["meeting"] = {k: got[k] for k in ("topic", "type", "duration", "start_time")}
seen["waiting_room"] = got["settings"]["waiting_room"]
assert s.delete(f"{api}/meetings/{mid}").status_code == 204
gone = s.get(f"{api}/meetings/{mid}")
seen["deleted"] = [gone.status_code, gone.json()]

w = s.post(f"{api}/users/me/webinars", json={"topic": "Python webinar", "type": 5,
           "start_time": "2026-11-21T10:00:00Z", "duration": 60})
seen["webinar"] = [w.status_code, w.json().get("topic"), w.json().get("code")]

bad = s.post(f"{api}/users/me/meetings", json={"topic": "x", "type": 42})
seen["invalid"] = [bad.status_code, bad.json().get("code")]
print(json.dumps(seen))
`)
    const seen = JSON.parse(out) as Record<string, unknown>
    assert.equal(seen.token_type, 'bearer')
    assert.equal(seen.expires_in, 3600)
    const emails = seen.emails as string[]
    assert.equal(emails.length, seen.total_records)
    for (const n of [0, 1, 2]) assert.ok(emails.includes(`py${n}@example.com`), emails.join())
    assert.equal(seen.pages, Math.ceil(emails.length / 2))
    assert.equal(seen.rate_category, 'Medium')
    assert.deepEqual(seen.meeting, {
      topic: 'Renamed in Python',
      type: 2,
      duration: 45,
      start_time: '2026-11-20T10:00:00Z',
    })
    assert.equal(seen.waiting_room, true)
    const [goneStatus, goneBody] = seen.deleted as [number, { code: number; message: string }]
    assert.equal(goneStatus, 404)
    assert.equal(goneBody.code, 3001)
    assert.match(goneBody.message, /^Meeting does not exist/)
    assert.deepEqual(seen.webinar, [201, 'Python webinar', null])
    assert.deepEqual(seen.invalid, [400, 300])
  })

  it('runs the reference’s Python sample of every GET that needs no stored id', async () => {
    const samples = Object.entries(recordedAnswers()).flatMap(([id, rec]) => {
      const req = rec?.request
      const plain =
        req && req.method === 'GET' && /^\/v2\/(users\/me|accounts\/me|[a-z_]+)(\/[a-z_]+)*(\?|$)/.test(req.url)
      return plain ? [{ id, source: pythonSample(req) }] : []
    })
    assert.ok(samples.length >= 40, `${samples.length} samples`)
    const token = await t.token()
    const script = samples
      .map(({ id, source }) =>
        [
          `print("@@ ${id}")`,
          source
            .replace(/^BASE = .*$/m, `BASE = ${JSON.stringify(t.origin)}`)
            .replace(/^TOKEN = .*$/m, `TOKEN = ${JSON.stringify(token)}`)
            .replace(/print\(r\.status_code, r\.text\)/, 'print(r.status_code, r.text.replace("\\n", " "))'),
        ].join('\n'),
      )
      .join('\n\n')
    const out = await runPython(script)
    const answers = out.split('@@ ').slice(1)
    assert.equal(answers.length, samples.length)
    const refused: string[] = []
    for (const answer of answers) {
      const [id, line = ''] = answer.split('\n')
      const space = line.indexOf(' ')
      const status = Number(line.slice(0, space))
      const body = JSON.parse(line.slice(space + 1)) as { code?: unknown; message?: unknown }
      assert.ok(status < 500, `${id}: ${line}`)
      if (status >= 300) {
        refused.push(id ?? '')
        assert.ok(typeof body.code === 'number' && typeof body.message === 'string', `${id}: ${line}`)
      }
    }
    // The seeded account has no billing-report permission, archiving, SIP phone integration, SIP trunk plan or
    // toll-free plan: those samples are refused as Zoom refuses such an account, and every other one answers.
    assert.deepEqual(refused.sort(), [...FEATURE_GATED].sort())
  })
})
