/** The three budgets and feature sets Zoom's plans fall into. */
export type PlanTier = 'free' | 'pro' | 'business'

export function planTier(plan: string): PlanTier {
  if (plan === 'free' || plan === 'basic') return 'free'
  if (plan === 'pro') return 'pro'
  return 'business'
}
