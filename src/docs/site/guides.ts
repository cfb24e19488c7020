// The guides: Markdown files under docs/guides/<lang>/, in this order in the sidebar.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../../util/project-root.js'
import type { Lang } from '../describe.js'
import { renderMarkdown } from './markdown.js'

export const GUIDES = [
  'getting-started',
  'oauth',
  'pagination',
  'rate-limits',
  'errors',
  'webhooks',
  'simulator',
  'postgresql',
] as const
export type GuideSlug = (typeof GUIDES)[number]

export interface Guide {
  slug: GuideSlug
  title: string
  html: string
}

const cache = new Map<string, Guide>()

export function guide(lang: Lang, slug: GuideSlug): Guide {
  const key = `${lang}/${slug}`
  let g = cache.get(key)
  if (!g) {
    const source = readFileSync(join(projectRoot(), 'docs', 'guides', lang, `${slug}.md`), 'utf8')
    const { html, title } = renderMarkdown(source)
    g = { slug, title: title || slug, html }
    cache.set(key, g)
  }
  return g
}

export const isGuide = (slug: string): slug is GuideSlug => (GUIDES as readonly string[]).includes(slug)
