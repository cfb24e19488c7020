import { DEFAULT_DASHBOARD_TYPE } from '../../domain/dashboards/dashboard-type.js'
import { e, o, served } from '../kit.js'

const typeOf = <T extends string>(values: readonly T[]) => o(e(values, served({ default: DEFAULT_DASHBOARD_TYPE })))

/**
 * A dashboard's optional `type`: instances in progress or held, and where the dashboard offers it `pastOne` (held
 * instances only one participant attended).
 */
export function dashboardType(withPastOne: true): ReturnType<typeof typeOf<'past' | 'pastOne' | 'live'>>
export function dashboardType(withPastOne?: false): ReturnType<typeof typeOf<'past' | 'live'>>
export function dashboardType(withPastOne = false) {
  return withPastOne ? typeOf(['past', 'pastOne', 'live'] as const) : typeOf(['past', 'live'] as const)
}
