// Rows of groups and their members. Register each table here: `table_name: RowInterface`.
export interface GroupTables {}
