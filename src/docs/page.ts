// A self-contained reference page: it reads /openapi.json and lists every operation by group, with parameters
// and schemas, then the webhook events, in Chinese or English. No external scripts, so it works offline.
export const docsPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zoom API v2 · Reference</title>
<style>
  :root { --blue:#0b5cff; --ink:#1d1d1f; --mute:#6e6e73; --line:#e5e5ea; }
  * { box-sizing: border-box; }
  body { margin:0; font:14px/1.5 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color:var(--ink); }
  header { position:sticky; top:0; background:#fff; border-bottom:1px solid var(--line); padding:10px 20px; display:flex; gap:16px; align-items:center; z-index:2; }
  header h1 { font-size:16px; margin:0; }
  header input { flex:1; max-width:420px; padding:6px 10px; border:1px solid var(--line); border-radius:6px; }
  header button { border:1px solid var(--line); background:#fff; padding:5px 10px; border-radius:6px; cursor:pointer; }
  header button.on { background:var(--blue); color:#fff; border-color:var(--blue); }
  main { display:flex; }
  nav { width:240px; flex:none; border-right:1px solid var(--line); padding:12px; height:calc(100vh - 50px); overflow:auto; position:sticky; top:50px; }
  nav a { display:block; color:var(--ink); text-decoration:none; padding:3px 6px; border-radius:4px; }
  nav a:hover { background:#f2f2f7; }
  section { flex:1; padding:12px 24px; min-width:0; }
  h2 { margin:24px 0 8px; font-size:18px; }
  details { border:1px solid var(--line); border-radius:8px; margin:6px 0; }
  summary { cursor:pointer; padding:8px 12px; display:flex; gap:10px; align-items:baseline; }
  .m { font:600 11px monospace; padding:2px 6px; border-radius:4px; color:#fff; min-width:56px; text-align:center; }
  .GET{background:#0a7d45}.POST{background:#0b5cff}.PATCH{background:#b26b00}.PUT{background:#7a3ff2}.DELETE{background:#d70015}
  code.p { font-size:13px; }
  .s { color:var(--mute); }
  .body { padding:4px 14px 12px; }
  table { border-collapse:collapse; width:100%; margin:6px 0; }
  td, th { border-bottom:1px solid var(--line); padding:4px 6px; text-align:left; vertical-align:top; font-size:13px; }
  pre { background:#f6f8fa; padding:8px; border-radius:6px; overflow:auto; max-height:360px; font-size:12px; }
</style>
</head>
<body>
<header>
  <h1 id="title">Zoom API v2</h1>
  <input id="q" placeholder="Filter / 筛选">
  <button data-lang="en">English</button><button data-lang="zh">中文</button>
  <a href="/openapi.json">openapi.json</a>
</header>
<main><nav id="nav"></nav><section id="list"></section></main>
<script>
const T = { en: { params:'Parameters', body:'Request body', resp:'Response', scopes:'Scopes', rate:'Rate limit label', none:'No content', name:'Name', in:'In', req:'Required', schema:'Schema', events:'Webhook events', event:'Event', desc:'Description' },
            zh: { params:'参数', body:'请求体', resp:'响应', scopes:'权限范围', rate:'速率限制标签', none:'无内容', name:'名称', in:'位置', req:'必填', schema:'结构', events:'Webhook 事件', event:'事件', desc:'说明' } };
let lang = new URLSearchParams(location.search).get('lang') || (navigator.language.startsWith('zh') ? 'zh' : 'en');
let doc;
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
function render() {
  const t = T[lang];
  document.documentElement.lang = lang;
  document.querySelectorAll('header button').forEach((b) => b.classList.toggle('on', b.dataset.lang === lang));
  const q = document.getElementById('q').value.toLowerCase();
  const groups = new Map();
  for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
    const text = (path + ' ' + op['x-summary-en'] + ' ' + op['x-summary-zh'] + ' ' + op.operationId).toLowerCase();
    if (q && !text.includes(q)) continue;
    const g = op.tags[0];
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push({ path, method: method.toUpperCase(), op });
  }
  let nav = '', html = '';
  for (const [g, ops] of groups) {
    const id = 'g-' + g.replace(/\\W+/g, '-');
    nav += '<a href="#' + id + '">' + esc(g) + ' <span class="s">' + ops.length + '</span></a>';
    html += '<h2 id="' + id + '">' + esc(g) + '</h2>';
    for (const { path, method, op } of ops) {
      const summary = lang === 'zh' ? op['x-summary-zh'] : op['x-summary-en'];
      const other = lang === 'zh' ? op['x-summary-en'] : op['x-summary-zh'];
      html += '<details><summary><span class="m ' + method + '">' + method + '</span><code class="p">' + esc((op['x-prefix'] ?? '/v2') + path) + '</code><b>' + esc(summary) + '</b><span class="s">' + esc(other) + '</span></summary><div class="body">';
      html += '<p>' + t.scopes + ': <code>' + esc(op['x-scopes'].join(' ')) + '</code> · ' + t.rate + ': <code>' + esc(op['x-rate-limit-label']) + '</code> · <code>' + esc(op.operationId) + '</code></p>';
      if (op.parameters.length) {
        html += '<h4>' + t.params + '</h4><table><tr><th>' + t.name + '</th><th>' + t.in + '</th><th>' + t.req + '</th><th>' + t.schema + '</th></tr>';
        for (const p of op.parameters) html += '<tr><td><code>' + esc(p.name) + '</code></td><td>' + p.in + '</td><td>' + (p.required ? '✓' : '') + '</td><td><code>' + esc(JSON.stringify(p.schema)) + '</code></td></tr>';
        html += '</table>';
      }
      if (op.requestBody) {
        const [ct, c] = Object.entries(op.requestBody.content)[0];
        html += '<h4>' + t.body + ' <span class="s">' + ct + '</span></h4><pre>' + esc(JSON.stringify(c.schema, null, 2)) + '</pre>';
      }
      for (const [code, r] of Object.entries(op.responses)) {
        if (code === '4XX') continue;
        html += '<h4>' + t.resp + ' ' + code + '</h4>' + (r.content ? '<pre>' + esc(JSON.stringify(r.content['application/json'].schema, null, 2)) + '</pre>' : '<p class="s">' + t.none + '</p>');
      }
      html += '</div></details>';
    }
  }
  // The events a subscription may name, from the document's OpenAPI 3.1 webhooks.
  const hooks = Object.entries(doc.webhooks || {}).filter(([name, w]) => !q || (name + ' ' + w.post['x-summary-en'] + ' ' + w.post['x-summary-zh']).toLowerCase().includes(q));
  if (hooks.length) {
    nav += '<a href="#webhook-events">' + t.events + ' <span class="s">' + hooks.length + '</span></a>';
    html += '<h2 id="webhook-events">' + t.events + '</h2><table><tr><th>' + t.event + '</th><th>' + t.desc + '</th></tr>';
    for (const [name, w] of hooks) html += '<tr><td><code>' + esc(name) + '</code></td><td>' + esc(lang === 'zh' ? w.post['x-summary-zh'] : w.post['x-summary-en']) + '</td></tr>';
    html += '</table>';
  }
  document.getElementById('nav').innerHTML = nav;
  document.getElementById('list').innerHTML = html;
}
document.querySelectorAll('header button').forEach((b) => b.onclick = () => { lang = b.dataset.lang; history.replaceState(null, '', '?lang=' + lang); render(); });
document.getElementById('q').oninput = render;
fetch('/openapi.json').then((r) => r.json()).then((d) => { doc = d; document.getElementById('title').textContent = d.info.title; render(); });
</script>
</body>
</html>
`
