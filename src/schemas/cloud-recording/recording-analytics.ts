import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { e, i, list, o, pageSize, s, windowedTokenPage } from '../kit.js'

// Recording analytics: views and downloads of a meeting's recording files, per day or one by one.

const Day = () => o(Type.String({ maxLength: 10 }))

export const AnalyticsSummaryQuery = Type.Object({ from: Day(), to: Day() })

export const AnalyticsSummaryOut = Type.Object({
  from: s(),
  to: s(),
  analytics_summary: list(
    Type.Object({
      date: s(),
      views_total_count: i(),
      downloads_total_count: i(),
    }),
  ),
})

export const AnalyticsDetailsQuery = Type.Object({
  type: o(e(['by_view', 'by_download'])),
  from: Day(),
  to: Day(),
  page_size: pageSize(PAGING, 'refuse'),
  next_page_token: s({ maxLength: 512 }),
})

export const AnalyticsDetailsOut = Type.Object({
  ...windowedTokenPage(),
  total_records: i(),
  analytics_details: list(
    Type.Object({
      date_time: s(),
      name: s(),
      email: s(),
      duration: i(),
    }),
  ),
})
