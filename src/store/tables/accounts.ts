import type { Generated } from 'kysely'

// Rows of billing: invoices and sub accounts' invoice reports. An account's settings, options, billing contact
// and plans are documents in the account row's `data`.

/** One invoice of an account: its lines and amounts are in `data`. */
export interface BillingInvoiceTable {
  seq: Generated<number>
  id: string
  account_id: string
  /** yyyy-mm-dd, for the from/to filter. */
  invoice_date: string
  created_at: number
  data: string
}

/** An invoice report a master account generated over some of its sub accounts (`account_id` is the master). */
export interface BillingInvoiceReportTable {
  seq: Generated<number>
  id: string
  account_id: string
  created_at: number
  data: string
}

export interface AccountTables {
  billing_invoices: BillingInvoiceTable
  billing_invoice_reports: BillingInvoiceReportTable
}
