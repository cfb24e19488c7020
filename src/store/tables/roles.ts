// Rows of roles and members. Register each table here: `table_name: RowInterface`.
export interface RoleTables {}
