// One operation's reference page: what it does, its scopes and rate label, parameters, body, responses, the
// errors it answers, a true example, code samples and a form to try it.
import type { Lang } from '../describe.js'
import { fieldContext } from '../fields/index.js'
import { OPERATION_DOCS } from '../operations/index.js'
import { errorRows, recordedAnswers } from '../recorded.js'
import { groupName } from '../../catalog/groups.js'
import {
  operationPaths,
  operationPrefix,
  requiredGranularScopes,
  requiredScopes,
  type AnyOperation,
} from '../../http/operation.js'
import { fieldsTable, paramsTable } from './fields-table.js'
import { operationParams, type Parameter } from '../params.js'
import { esc, html } from './frame.js'
import { prose } from './html.js'
import { curlSample, pathArguments, pythonSample, rivetSample, sampleRequest, type ExampleRequest } from './samples.js'
import { ui } from './ui-text.js'

export const groupSlug = (group: string): string => group.toLowerCase().replace(/[^a-z0-9]+/g, '-')
export const operationHref = (lang: Lang, op: AnyOperation): string => `/docs/${lang}/${groupSlug(op.group)}/${op.id}`

const pre = (text: string, cls = '') => html`<pre class="${cls}"><code>${esc(text)}</code></pre>`
const json = (v: unknown) => JSON.stringify(v, null, 2)

export function operationPage(op: AnyOperation, lang: Lang): string {
  const t = ui(lang)
  const docs = OPERATION_DOCS[op.id]
  const ctx = fieldContext(op)
  const recorded = recordedAnswers()[op.id]
  const forms = operationPaths(op)
  const prefix = operationPrefix(op)
  const main = forms.find((f) => !f.master) ?? forms[0]
  const master = forms.find((f) => f.master)
  const params = operationParams(op)
  const path = params.filter((p) => p.in === 'path')
  const query = params.filter((p) => p.in === 'query')
  const request = sampleRequest(op, recorded?.request)
  const rivet = rivetSample(op, request)
  const fullPath = (p: string) => `${prefix}${p}`
  // Every granular form, the master ones included: the page lists what an app may be granted for this operation.
  const granular = [
    ...new Set([...requiredGranularScopes(op, false), ...(master ? requiredGranularScopes(op, true) : [])]),
  ]

  const sections: string[] = []
  sections.push(
    html`<p class="crumbs">${esc(groupName(op.group, lang))} · <code>${esc(op.id)}</code></p>
      <h1>${esc(op.summary[lang])}</h1>
      <p class="endpoint">
        <span class="method ${op.method}">${op.method}</span> <code>${esc(fullPath(main?.path ?? op.path))}</code>
      </p>
      ${docs ? html`<p class="lead">${prose(docs[lang])}</p>` : ''}
      ${op.extension ? html`<p class="note">${esc(t.extension)}</p>` : ''}
      ${op.deprecated ? html`<p class="note deprecated">${esc(t.deprecated)}</p>` : ''}
      <dl class="facts">
        <dt>${t.scopes}</dt>
        <dd>
          ${requiredScopes(op, false)
            .map((s) => `<code>${esc(s)}</code>`)
            .join(' ')}
        </dd>
        ${
          granular.length
            ? html`<dt>${t.granularScopes}</dt>
                <dd>${granular.map((s) => `<code>${esc(s)}</code>`).join(' ')}</dd>`
            : ''
        }
        <dt>${t.rateLimit}</dt>
        <dd><code>${esc(op.rateLimit)}</code></dd>
        ${
          master
            ? html`<dt>${t.masterForm}</dt>
                <dd>${esc(t.masterNote)} <code>${esc(fullPath(master.path))}</code></dd>`
            : ''
        }
      </dl>`,
  )

  if (path.length)
    sections.push(
      html`<h2 id="path">${t.pathParams}</h2>
        ${paramsTable(path, ctx, lang)}`,
    )
  if (query.length)
    sections.push(
      html`<h2 id="query">${t.queryParams}</h2>
        ${paramsTable(query, ctx, lang)}`,
    )
  if (op.body)
    sections.push(
      html`<h2 id="body">${t.requestBody}</h2>
        ${fieldsTable(op.body, ctx, lang, 'body')}`,
    )

  const success = op.success.schema
    ? fieldsTable(op.success.schema, ctx, lang, 'response')
    : html`<p>${t.noContent}</p>`
  sections.push(
    html`<h2 id="responses">${t.responses}</h2>
      <h3>${op.success.status}</h3>
      ${success}`,
  )

  const errors = errorRows(recorded?.errors ?? [])
  sections.push(
    html`<h2 id="errors">${t.errors}</h2>
      ${
        errors.length
          ? html`<p>${t.errorsIntro}</p>
              <table class="errors">
                <thead>
                  <tr>
                    <th>${t.status}</th>
                    <th>${t.code}</th>
                    <th>${t.message}</th>
                  </tr>
                </thead>
                <tbody>
                  ${errors
                    .map(
                      (e) =>
                        html`<tr>
                          <td>${e.status}</td>
                          <td>${e.code}</td>
                          <td>${esc(e.message)}</td>
                        </tr>`,
                    )
                    .join('\n')}
                </tbody>
              </table>`
          : ''
      }
      <p class="note">${t.commonErrors}</p>`,
  )

  if (recorded?.request || recorded?.response) {
    sections.push(
      html`<h2 id="example">${t.example}</h2>
        <h3>${t.exampleRequest}</h3>
        ${pre(`${request.method} ${request.url}${request.body !== undefined ? `\n\n${json(request.body)}` : ''}`)}
        ${
          recorded.response
            ? html`<h3>${t.exampleResponse} · ${recorded.response.status}</h3>
                ${recorded.response.body !== undefined ? pre(json(recorded.response.body), 'response') : ''}`
            : ''
        }`,
    )
  }

  sections.push(
    html`<h2 id="samples">${t.samples}</h2>
      <div class="tabs" role="tablist">
        <button class="tab on" data-tab="curl">curl</button
        >${rivet ? '<button class="tab" data-tab="rivet">TypeScript · @zoom/rivet</button>' : ''}<button
          class="tab"
          data-tab="python"
        >
          Python · requests
        </button>
      </div>
      <div class="panel" data-panel="curl">${pre(curlSample(request))}</div>
      ${rivet ? html`<div class="panel" data-panel="rivet" hidden>${pre(rivet)}</div>` : ''}
      <div class="panel" data-panel="python" hidden>${pre(pythonSample(request))}</div>`,
  )

  const tryPath = `${fullPath(main?.path ?? op.path)}`
  const queryInit = new URL(request.url, 'http://x').searchParams
  sections.push(
    html`<h2 id="try">${t.tryIt}</h2>
      <form class="try" data-method="${op.method}" data-path="${esc(tryPath)}">
        <div class="fields">
          <label for="try-token">${t.token}</label>
          <div class="token">
            <input id="try-token" name="token" autocomplete="off" /><button type="button" class="mint">
              ${t.mintToken}
            </button>
          </div>
          ${path.map((p) => paramInput(p, 'path', pathValue(op, request, p.name), t.choose)).join('\n')}
          ${query.map((p) => paramInput(p, 'query', queryInit.get(p.name) ?? '', t.choose)).join('\n')}
        </div>
        ${
          op.body && !op.multipart
            ? html`<div class="row">
                <label
                  >${t.body}<textarea name="body" rows="10" spellcheck="false">
${esc(request.body !== undefined ? json(request.body) : '{}')}</textarea>
                </label>
              </div>`
            : ''
        }
        <button type="submit" class="send">${t.send}</button>
        <div class="answer" hidden>
          <p class="status"></p>
          <pre class="headers"></pre>
          <pre class="body"></pre>
        </div>
      </form>`,
  )

  return sections.join('\n')
}

/** The values an enumerated parameter takes: a JSON Schema enum, or a union of constants. */
function enumValues(schema: Record<string, unknown>): string[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map(String)
  const alts = Array.isArray(schema.anyOf) ? (schema.anyOf as unknown[]) : []
  const consts = alts.map((a) => (a && typeof a === 'object' ? (a as { const?: unknown }).const : undefined))
  return consts.length && consts.every((c) => c !== undefined) ? consts.map(String) : undefined
}

/**
 * A parameter's label and control in the form's two-column grid: a choice among its values when it has a fixed
 * set (with an empty choice when it may be left out, so the server's default applies), else a text field.
 */
function paramInput(p: Parameter, where: 'path' | 'query', value: string, none: string): string {
  const id = `try-${where}-${p.name}`
  const data = `data-${where}-param="${esc(p.name)}"`
  const values = enumValues(p.schema)
  const control = values
    ? html`<select id="${esc(id)}" ${data}>
        ${p.required ? '' : html`<option value="">${esc(none)}</option>`}
        ${values
          .map((v) => html`<option value="${esc(v)}" ${v === value ? ' selected' : ''}>${esc(v)}</option>`)
          .join('')}
      </select>`
    : html`<input id="${esc(id)}" ${data} value="${esc(value)}" />`
  return html`<label for="${esc(id)}"><code>${esc(p.name)}</code></label
    >${control}`
}

/** The value a path parameter had in the recorded request (`me` for users when nothing was recorded). */
function pathValue(op: AnyOperation, req: ExampleRequest, name: string): string {
  const v = pathArguments(op, req)[name]
  if (v && v !== `{${name}}`) return v
  return name === 'userId' || name === 'accountId' ? 'me' : ''
}
