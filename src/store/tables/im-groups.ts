// Rows of IM directory groups. Register each table here: `table_name: RowInterface`.
export interface ImGroupTables {}
