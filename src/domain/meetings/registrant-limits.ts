/** Zoom's per-registrant budgets per UTC day (applied only while rate limits are on). */
export const REGISTRANT_ADDS_PER_DAY = 3;
export const REGISTRANT_STATUS_UPDATES_PER_DAY = 10;
