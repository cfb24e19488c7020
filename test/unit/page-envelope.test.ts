import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { numberedPage, pageCounts, type Page } from '../../src/domain/paging.js'

// A list's answer spreads these beside its own rows: the page's items must never come along under their own name.

const page: Page<{ seq: number }> = {
  items: [{ seq: 7 }],
  page_size: 1,
  total_records: 3,
  next_page_token: 'tok',
  page_count: 3,
  page_number: 2,
}

describe('page envelope', () => {
  it('a numbered page answers its counts, its number and its token, in that order', () => {
    const out = numberedPage(page)
    assert.deepEqual(Object.keys(out), ['page_count', 'page_number', 'page_size', 'total_records', 'next_page_token'])
    assert.deepEqual(out, { page_count: 3, page_number: 2, page_size: 1, total_records: 3, next_page_token: 'tok' })
  })

  it('the counts alone leave the page number out', () => {
    assert.deepEqual(pageCounts(page), { page_count: 3, page_size: 1, total_records: 3, next_page_token: 'tok' })
  })
})
