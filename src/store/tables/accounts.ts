// Rows of account settings, billing, plans, invoices. Register each table here: `table_name: RowInterface`.
export interface AccountTables {}
