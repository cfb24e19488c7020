// Rows of tracking fields. Register each table here: `table_name: RowInterface`.
export interface TrackingFieldTables {}
