// Rows of meetings, occurrences, registrants, polls, instances, participants. Register each table here: `table_name: RowInterface`.
export interface MeetingTables {}
