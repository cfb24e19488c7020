import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { e, i, list, o, pageNumber, pageSize, s, served, windowedPage, windowedTokenPage } from '../kit.js'

const CATEGORY_FILTERS = [
  'all',
  'user',
  'user_settings',
  'account',
  'billing',
  'im',
  'recording',
  'phone_contacts',
  'webinar',
  'sub_account',
  'role',
  'zoom_rooms',
] as const

export const OperationLogsQuery = Type.Object({
  from: Type.String(),
  to: Type.String(),
  page_size: pageSize(PAGING, 'refuse'),
  next_page_token: s(),
  category_type: o(e(CATEGORY_FILTERS, served({ default: 'all' }))),
})

export const OperationLogsOut = Type.Object({
  ...windowedTokenPage(),
  operation_logs: list(
    Type.Object({
      time: s(),
      operator: s(),
      category_type: s(),
      action: s(),
      operation_detail: s(),
    }),
  ),
})

export const ActivitiesQuery = Type.Object({
  from: s(),
  to: s(),
  page_size: pageSize(PAGING, 'refuse'),
  next_page_token: s(),
})

export const ActivitiesOut = Type.Object({
  ...windowedTokenPage(),
  activity_logs: list(
    Type.Object({
      email: s(),
      time: s(),
      type: o(e(['Sign in', 'Sign out'])),
      ip_address: s(),
      client_type: s(),
      version: s(),
    }),
  ),
})

export const TelephoneQuery = Type.Object({
  type: o(e(['1', '2', '3'], served({ default: '1' }))),
  query_date_type: o(
    e(['start_time', 'end_time', 'meeting_start_time', 'meeting_end_time'], served({ default: 'start_time' })),
  ),
  from: Type.String(),
  to: Type.String(),
  page_size: pageSize(PAGING, 'refuse'),
  page_number: pageNumber(),
  next_page_token: s(),
})

export const TelephoneOut = Type.Object({
  ...windowedPage(),
  telephony_usage: list(
    Type.Object({
      meeting_id: i(),
      uuid: s(),
      meeting_type: s(),
      host_id: s(),
      host_email: s(),
      host_name: s(),
      dept: s(),
      type: o(
        e(['toll-free', 'call-out', 'call-in', 'US toll-number', 'global toll-number', 'premium', 'premium call-in']),
      ),
      phone_number: s(),
      call_in_number: s(),
      signaled_number: s(),
      country_name: s(),
      start_time: s(),
      end_time: s(),
      duration: i(),
    }),
  ),
})

export const BillingReportsOut = Type.Object({
  currency: s(),
  billing_reports: list(
    Type.Object({
      id: s(),
      type: o(e([0, 1])),
      start_date: s(),
      end_date: s(),
      total_amount: s(),
      tax_amount: s(),
    }),
  ),
})

export const BillingInvoicesQuery = Type.Object({ billing_id: s() })

export const BillingInvoicesOut = Type.Object({
  currency: s(),
  invoices: list(
    Type.Object({
      invoice_number: s(),
      invoice_charge_name: s(),
      quantity: i(),
      start_date: s(),
      end_date: s(),
      total_amount: s(),
      tax_amount: s(),
    }),
  ),
})
