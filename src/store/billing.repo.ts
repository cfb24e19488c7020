import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely'
import type { Database } from './tables.js'
import type { BillingInvoiceReportTable, BillingInvoiceTable } from './tables/accounts.js'

export type InvoiceRow = Selectable<BillingInvoiceTable>
export type InvoiceReportRow = Selectable<BillingInvoiceReportTable>

/** Invoices and invoice reports: every query names the account. */
export class BillingRepo {
  constructor(private db: Kysely<Database>) {}

  async addInvoice(row: Omit<InvoiceRow, 'seq'>): Promise<void> {
    await this.db.insertInto('billing_invoices').values(row).execute()
  }

  invoiceQuery(
    accountId: string,
    from?: string,
    to?: string,
  ): SelectQueryBuilder<Database, 'billing_invoices', InvoiceRow> {
    let q = this.db.selectFrom('billing_invoices').selectAll().where('account_id', '=', accountId)
    if (from) q = q.where('invoice_date', '>=', from)
    if (to) q = q.where('invoice_date', '<=', to)
    return q
  }

  invoice(accountId: string, id: string): Promise<InvoiceRow | undefined> {
    return this.db
      .selectFrom('billing_invoices')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  /** An invoice of any of `accountIds` (a master and its sub accounts). */
  invoiceAmong(accountIds: string[], id: string): Promise<InvoiceRow | undefined> {
    return this.db
      .selectFrom('billing_invoices')
      .selectAll()
      .where('account_id', 'in', accountIds)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  invoicesOf(accountIds: string[], from: string, to: string): Promise<InvoiceRow[]> {
    if (!accountIds.length) return Promise.resolve([])
    return this.db
      .selectFrom('billing_invoices')
      .selectAll()
      .where('account_id', 'in', accountIds)
      .where('invoice_date', '>=', from)
      .where('invoice_date', '<=', to)
      .orderBy('invoice_date')
      .orderBy('seq')
      .execute()
  }

  async addReport(row: Omit<InvoiceReportRow, 'seq'>): Promise<void> {
    await this.db.insertInto('billing_invoice_reports').values(row).execute()
  }

  /** Report ids are unique across accounts. */
  async reportIdTaken(id: string): Promise<boolean> {
    return !!(await this.db.selectFrom('billing_invoice_reports').select('id').where('id', '=', id).executeTakeFirst())
  }

  reportQuery(accountId: string): SelectQueryBuilder<Database, 'billing_invoice_reports', InvoiceReportRow> {
    return this.db.selectFrom('billing_invoice_reports').selectAll().where('account_id', '=', accountId)
  }

  report(accountId: string, id: string): Promise<InvoiceReportRow | undefined> {
    return this.db
      .selectFrom('billing_invoice_reports')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  async removeReport(accountId: string, id: string): Promise<number> {
    const res = await this.db
      .deleteFrom('billing_invoice_reports')
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
    return Number(res.numDeletedRows)
  }
}
