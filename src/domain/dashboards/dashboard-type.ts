/** The meetings a dashboard shows when its query names no `type`: those in progress. */
export const DEFAULT_DASHBOARD_TYPE = 'live'
