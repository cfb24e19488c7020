import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

const seqCol = (t: any, dialect: Dialect) =>
  dialect === 'postgres'
    ? t.addColumn('seq', 'serial', (c: any) => c.primaryKey())
    : t.addColumn('seq', 'integer', (c: any) => c.primaryKey().autoIncrement())

/** Tables of accounts and billing. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await seqCol(db.schema.createTable('billing_invoices'), dialect)
    .addColumn('id', 'text', (c: any) => c.notNull().unique())
    .addColumn('account_id', 'text', (c: any) => c.notNull())
    .addColumn('invoice_date', 'text', (c: any) => c.notNull())
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .addColumn('data', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema
    .createIndex('billing_invoices_account_seq')
    .on('billing_invoices')
    .columns(['account_id', 'seq'])
    .execute()
  await db.schema
    .createIndex('billing_invoices_account_date')
    .on('billing_invoices')
    .columns(['account_id', 'invoice_date'])
    .execute()

  await seqCol(db.schema.createTable('billing_invoice_reports'), dialect)
    .addColumn('id', 'text', (c: any) => c.notNull().unique())
    .addColumn('account_id', 'text', (c: any) => c.notNull())
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .addColumn('data', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema
    .createIndex('billing_invoice_reports_account_seq')
    .on('billing_invoice_reports')
    .columns(['account_id', 'seq'])
    .execute()
}
