// Rows of information barrier policies. Register each table here: `table_name: RowInterface`.
export interface InformationBarrierTables {}
