// Rows of webhook subscriptions and deliveries. Register each table here: `table_name: RowInterface`.
export interface WebhookTables {}
