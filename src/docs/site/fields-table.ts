// Parameters and fields as readable tables: one row per field, nested fields indented under their parent.
import type { Lang } from '../describe.js'
import { describeField, type FieldContext } from '../fields/index.js'
import { isSchema, type Parameter, type Schema } from '../params.js'
import { esc, html } from './frame.js'
import { prose } from './html.js'
import { ui } from './ui-text.js'

/** `string`, `integer (int64)`, `array of object`, `string | integer`… */
export function typeLabel(s: Schema, lang: Lang): string {
  const t = ui(lang)
  const type = Array.isArray(s.type) ? s.type.join(' | ') : typeof s.type === 'string' ? s.type : ''
  if (type === 'array' && isSchema(s.items)) return `array ${lang === 'zh' ? '' : 'of '}${typeLabel(s.items, lang)}`
  const alts = (Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : []).filter(isSchema)
  if (!type && alts.length) return alts.map((a) => typeLabel(a, lang)).join(' | ')
  const format = typeof s.format === 'string' ? ` (${s.format})` : ''
  return (type || (isSchema(s.properties) ? 'object' : t.undocumented || 'any')) + format
}

/** Default, allowed values and limits of a field, compactly. */
export function details(s: Schema, lang: Lang): string {
  const t = ui(lang)
  const out: string[] = []
  const code = (v: unknown) => `<code>${esc(JSON.stringify(v))}</code>`
  if (s.default !== undefined) out.push(`${t.default}: ${code(s.default)}`)
  if (Array.isArray(s.enum)) out.push(`${t.oneOf}: ${s.enum.map(code).join(', ')}`)
  if (s.const !== undefined) out.push(code(s.const))
  const range = (lo: unknown, hi: unknown, label: string) => {
    if (lo !== undefined && hi !== undefined) out.push(`${label}${esc(lo)}–${esc(hi)}`)
    else if (lo !== undefined) out.push(`${t.min} ${esc(lo)}`)
    else if (hi !== undefined) out.push(`${t.max} ${esc(hi)}`)
  }
  range(s.minimum, s.maximum, '')
  range(s.minLength, s.maxLength, `${t.length} `)
  range(s.minItems, s.maxItems, `${t.items} `)
  if (typeof s.pattern === 'string') out.push(`${t.pattern}: <code>${esc(s.pattern)}</code>`)
  return out.join('<br>')
}

interface Row {
  path: string[]
  schema: Schema
  required: boolean
}

function rows(schema: unknown, path: string[] = [], out: Row[] = []): Row[] {
  if (!isSchema(schema)) return out
  const required = new Set(Array.isArray(schema.required) ? schema.required : [])
  if (isSchema(schema.properties)) {
    for (const [name, field] of Object.entries(schema.properties)) {
      if (!isSchema(field)) continue
      out.push({ path: [...path, name], schema: field, required: required.has(name) })
      rows(field, [...path, name], out)
    }
  }
  if (isSchema(schema.items)) rows(schema.items, path, out)
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const list = schema[key]
    if (Array.isArray(list)) for (const alt of list) rows(alt, path, out)
  }
  return out
}

/** The table of an object schema's fields (a body or a response); `anchor` prefixes each row's id. */
export function fieldsTable(schema: unknown, group: FieldContext, lang: Lang, anchor: string): string {
  const t = ui(lang)
  const seen = new Set<string>()
  const body = rows(schema)
    .filter((r) => {
      const key = r.path.join('.')
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .map((r) => {
      const id = `${anchor}-${r.path.join('.')}`
      const text = describeField(group, r.path)
      return html`<tr id="${esc(id)}" class="depth-${Math.min(r.path.length - 1, 6)}">
        <td class="name">
          <code>${esc(r.path.at(-1))}</code
          >${r.path.length > 1 ? html`<div class="parent">${esc(r.path.slice(0, -1).join('.'))}</div>` : ''}
        </td>
        <td class="type">${esc(typeLabel(r.schema, lang))}</td>
        <td class="req">${r.required ? t.yes : ''}</td>
        <td class="details">${details(r.schema, lang)}</td>
        <td class="desc">${prose(text?.[lang] ?? '')}</td>
      </tr>`
    })
    .join('\n')
  if (!body) return ''
  return table(body, lang)
}

/** Path or query parameters. */
export function paramsTable(params: Parameter[], group: FieldContext, lang: Lang): string {
  const t = ui(lang)
  if (!params.length) return ''
  const body = params
    .map((p) => {
      const text = describeField(group, [p.name])
      return html`<tr id="param-${esc(p.name)}">
        <td class="name"><code>${esc(p.name)}</code></td>
        <td class="type">${esc(typeLabel(p.schema, lang))}</td>
        <td class="req">${p.required ? t.yes : ''}</td>
        <td class="details">${details(p.schema, lang)}</td>
        <td class="desc">${prose(text?.[lang] ?? '')}</td>
      </tr>`
    })
    .join('\n')
  return table(body, lang)
}

function table(body: string, lang: Lang): string {
  const t = ui(lang)
  return html`<table class="fields">
    <thead>
      <tr>
        <th>${t.name}</th>
        <th>${t.type}</th>
        <th>${t.required}</th>
        <th>${t.details}</th>
        <th>${t.description}</th>
      </tr>
    </thead>
    <tbody>
      ${body}
    </tbody>
  </table>`
}
