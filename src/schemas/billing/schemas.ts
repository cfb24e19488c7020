import { Type } from 'typebox'
import { RENEWALS } from '../../domain/accounts/invoices.js'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, list, num, o, obj, pageSize, s, served } from '../kit.js'

// Billing master API: billing contacts, plans, usage, invoices, invoice reports and renewals. Field names from
// Zoom's current Billing reference (the 2018 document has the older subset). Responses: every property optional.

export { AccountIdParams } from '../accounts/schemas.js'

const contactShape = {
  first_name: Type.String({ maxLength: 64 }),
  last_name: Type.String({ maxLength: 64 }),
  email: Type.String({ format: 'email', maxLength: 128 }),
  phone_number: Type.String({ maxLength: 32 }),
  address: Type.String({ maxLength: 256 }),
  apt: s({ maxLength: 64 }),
  city: Type.String({ maxLength: 64 }),
  state: Type.String({ maxLength: 64 }),
  zip: Type.String({ maxLength: 16 }),
  country: Type.String({ maxLength: 2 }),
}

export const BillingContactResponse = Type.Object({
  first_name: s(),
  last_name: s(),
  email: s(),
  phone_number: s(),
  address: s(),
  apt: s(),
  city: s(),
  state: s(),
  zip: s(),
  country: s(),
  employee_count: s(),
})

export const BillingContactUpdateBody = Type.Partial(Type.Object(contactShape))

const ContactRequired = Type.Object(contactShape)

const PlanObject = Type.Object({
  type: s(),
  hosts: i(),
  tollfree_countries: s(),
  premium_countries: s(),
  callout_countries: s(),
  ddi_numbers: i(),
  status: s(),
  service_effective_date: s(),
  next_invoice_date: s(),
})

export const PlansResponse = Type.Object({
  plan_base: o(PlanObject),
  plan_zoom_rooms: o(PlanObject),
  plan_room_connector: o(PlanObject),
  plan_large_meeting: list(PlanObject),
  plan_webinar: list(PlanObject),
  plan_zoom_events: list(PlanObject),
  plan_recording: s(),
  plan_audio: o(PlanObject),
})

const HostsPlan = Type.Object({ type: Type.String({ minLength: 1 }), hosts: Type.Integer({ minimum: 1 }) })
const AudioPlan = Type.Object({
  type: Type.String({ minLength: 1 }),
  tollfree_countries: s(),
  premium_countries: s(),
  callout_countries: s(),
  ddi_numbers: i({ minimum: 0 }),
})

export const SubscribeBody = Type.Object({
  contact: o(ContactRequired),
  plan_base: HostsPlan,
  plan_zoom_rooms: o(HostsPlan),
  plan_room_connector: o(HostsPlan),
  plan_large_meeting: list(HostsPlan),
  plan_webinar: list(HostsPlan),
  plan_zoom_events: list(HostsPlan),
  plan_recording: s({ minLength: 1 }),
  plan_audio: o(AudioPlan),
})

export const BasePlanUpdateBody = Type.Object({
  type: Type.String({ minLength: 1 }),
  hosts: i({ minimum: 0 }),
  increasing_hosts: i({ minimum: 0 }),
})

export const AddonBody = Type.Object({
  type: Type.String({ minLength: 1 }),
  hosts: i({ minimum: 1 }),
  tollfree_countries: s(),
  premium_countries: s(),
  callout_countries: s(),
  ddi_numbers: i({ minimum: 0 }),
})

const cancelShape = {
  action: e(['cancel']),
  comment: s({ maxLength: 1024 }),
  reason: o(e([1, 2, 3, 4, 5, 6])),
}

export const CancelBaseBody = Type.Object(cancelShape)
export const CancelAddonBody = Type.Object({ ...cancelShape, type: Type.String({ minLength: 1 }) })

const UsageItem = Type.Object({ type: s(), hosts: i(), usage: i(), pending: i() })

export const PlanUsageResponse = Type.Object({
  plan_base: o(UsageItem),
  plan_large_meeting: list(UsageItem),
  plan_webinar: list(UsageItem),
  plan_zoom_events: list(UsageItem),
  plan_zoom_rooms: o(UsageItem),
  plan_room_connector: list(UsageItem),
  plan_recording: obj({
    type: s(),
    free_storage: s(),
    free_storage_usage: s(),
    plan_storage: s(),
    plan_storage_usage: s(),
    plan_storage_exceed: s(),
    max_exceed_date: s(),
  }),
})

export const InvoicesQuery = Type.Object({
  from: s({ format: 'date' }),
  to: s({ format: 'date' }),
  page_size: pageSize(PAGING, 'refuse'),
  next_page_token: s(),
})

const InvoiceSummary = {
  id: s(),
  invoice_number: s(),
  invoice_date: s(),
  due_date: s(),
  target_date: s(),
  balance: num(),
  total_amount: num(),
  tax_amount: num(),
  status: s(),
}

export const InvoicesResponse = Type.Object({
  currency: s(),
  invoices: list(Type.Object(InvoiceSummary)),
  next_page_token: s(),
  page_size: i(),
  total_records: i(),
})

export const InvoiceParams = Type.Object({
  accountId: Type.String({ minLength: 1 }),
  invoiceId: Type.String({ minLength: 1 }),
})

export const InvoiceDetailResponse = Type.Object({
  ...InvoiceSummary,
  currency: s(),
  invoice_items: list(
    Type.Object({
      charge_name: s(),
      charge_number: s(),
      charge_type: s(),
      start_date: s(),
      end_date: s(),
      partner_sku: s(),
      purchase_order_number: s(),
      quantity: i(),
      total_amount: num(),
      tax_amount: num(),
    }),
  ),
})

export const DownloadInvoiceParams = Type.Object({ invoiceId: Type.String({ minLength: 1 }) })

export const GenerateReportBody = Type.Object({
  start_date: Type.String({ format: 'date' }),
  end_date: Type.String({ format: 'date' }),
  account_ids: list(Type.String({ minLength: 1 }), { maxItems: 1000 }),
})

export const InvoiceReport = Type.Object({
  id: s(),
  start_date: s(),
  end_date: s(),
  accounts_total_number: i(),
  remaining_days: i(),
  status: s(),
})

export const InvoiceReportsQuery = Type.Object({
  next_page_token: s(),
  page_size: pageSize(PAGING, 'refuse'),
})

export const InvoiceReportsResponse = Type.Object({
  next_page_token: s(),
  invoice_reports: list(InvoiceReport),
})

export const InvoiceReportParams = Type.Object({ invoiceReportId: Type.String({ minLength: 1 }) })

export const InvoiceReportDownloadQuery = Type.Object({ download: Type.Boolean() })

/**
 * interval and page_size are checked by the handler: Zoom answers 2100, not a validation error. The largest page
 * is published as the maximum as a served one is, though a larger page is refused rather than served at it.
 */
export const RenewalsQuery = Type.Object({
  interval: i(served({ default: RENEWALS.interval })),
  page_size: i(served({ default: RENEWALS.size, maximum: RENEWALS.max })),
  next_page_token: s(),
})

export const RenewalsResponse = Type.Object({
  interval: i(),
  page_size: i(),
  total_records: i(),
  next_page_token: s(),
  results: list(
    Type.Object({
      account_id: s(),
      account_number: s(),
      account_name: s(),
      email: s(),
      total_renewal_amount: num(),
      next_renewal_date: s(),
      auto_renew: b(),
      renewable_subscriptions: list(
        Type.Object({
          plan_name: s(),
          quantity: i(),
          billing_cycle: s(),
          service_effective_date: s(),
          next_invoice_date: s(),
          next_invoice_amount: num(),
        }),
      ),
    }),
  ),
})
