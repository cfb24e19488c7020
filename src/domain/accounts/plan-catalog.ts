// The plans a master account can subscribe its sub accounts to, with Zoom's plan codes and list prices (USD per
// host, room or storage commitment, per billing cycle). A subset of Zoom's billing plan reference: the base
// plans and the classic add-ons.

export type BillingCycle = 'Monthly' | 'Annual' | 'Two years' | 'Three years'

/** The account `plan` column a base plan gives (it drives rate limits and paid-only features). */
export type PlanTierName = 'pro' | 'business' | 'enterprise'

export interface BasePlan {
  name: string
  tier: PlanTierName
  cycle: BillingCycle
  price: number
  /** The host counts Zoom accepts for this plan. */
  hosts: { min: number; max: number }
}

const PRO = { min: 1, max: 9 }
const BUSINESS = { min: 10, max: 49 }
const ENTERPRISE = { min: 1, max: 99_999 }

export const BASE_PLANS: Record<string, BasePlan> = {
  monthly: { name: 'Standard Pro Monthly', tier: 'pro', cycle: 'Monthly', price: 15.99, hosts: PRO },
  yearly: { name: 'Standard Pro Annual', tier: 'pro', cycle: 'Annual', price: 149.9, hosts: PRO },
  plan_pro_two_years: {
    name: 'Standard Pro Two Years Prepay',
    tier: 'pro',
    cycle: 'Two years',
    price: 299.8,
    hosts: PRO,
  },
  plan_pro_three_years: {
    name: 'Standard Pro Three Years Prepay',
    tier: 'pro',
    cycle: 'Three years',
    price: 449.7,
    hosts: PRO,
  },
  business_monthly: {
    name: 'Zoom Workplace Biz Monthly',
    tier: 'business',
    cycle: 'Monthly',
    price: 21.99,
    hosts: BUSINESS,
  },
  business_yearly: {
    name: 'Zoom Workplace Biz Annual',
    tier: 'business',
    cycle: 'Annual',
    price: 219.9,
    hosts: BUSINESS,
  },
  plan_business_two_years: {
    name: 'Zoom Workplace Biz Two Years Prepay',
    tier: 'business',
    cycle: 'Two years',
    price: 439.8,
    hosts: BUSINESS,
  },
  plan_business_three_years: {
    name: 'Zoom Workplace Biz Three Years Prepay',
    tier: 'business',
    cycle: 'Three years',
    price: 659.7,
    hosts: BUSINESS,
  },
  zoe_monthly: {
    name: 'Zoom Workplace Enterprise Monthly',
    tier: 'enterprise',
    cycle: 'Monthly',
    price: 26.99,
    hosts: ENTERPRISE,
  },
  zoe_yearly: {
    name: 'Zoom Workplace Enterprise Yearly',
    tier: 'enterprise',
    cycle: 'Annual',
    price: 269.9,
    hosts: ENTERPRISE,
  },
  zoe_two_year: {
    name: 'Zoom Workplace Enterprise Two Year',
    tier: 'enterprise',
    cycle: 'Two years',
    price: 539.8,
    hosts: ENTERPRISE,
  },
  zoe_three_year: {
    name: 'Zoom Workplace Enterprise Three Year',
    tier: 'enterprise',
    cycle: 'Three years',
    price: 809.7,
    hosts: ENTERPRISE,
  },
  zoep_monthly: {
    name: 'Zoom Workplace Enterprise Plus Monthly',
    tier: 'enterprise',
    cycle: 'Monthly',
    price: 31.99,
    hosts: ENTERPRISE,
  },
  zoep_yearly: {
    name: 'Zoom Workplace Enterprise Plus Yearly',
    tier: 'enterprise',
    cycle: 'Annual',
    price: 319.9,
    hosts: ENTERPRISE,
  },
}

/** The add-on families, by the key under which plans and usage list them. */
export type AddonCategory =
  | 'plan_large_meeting'
  | 'plan_webinar'
  | 'plan_zoom_events'
  | 'plan_zoom_rooms'
  | 'plan_room_connector'
  | 'plan_recording'
  | 'plan_audio'

export interface AddonPlan {
  name: string
  category: AddonCategory
  cycle: BillingCycle
  /** Per host (or room); for cloud recording and audio, per subscription. */
  price: number
  /** Cloud recording storage in GB. */
  storage_gb?: number
  /** Webinar, large meeting or event capacity. */
  capacity?: number
}

/** `monthly` gives each capacity of the family its monthly price; a year costs ten months. */
function family(
  category: AddonCategory,
  label: string,
  monthly: Record<number, number>,
  code: (c: number, cycle: string) => string,
): Record<string, AddonPlan> {
  const out: Record<string, AddonPlan> = {}
  for (const [capacity, price] of Object.entries(monthly)) {
    const c = Number(capacity)
    out[code(c, 'monthly')] = {
      name: `${label} ${c} Monthly`,
      category,
      cycle: 'Monthly',
      price,
      capacity: c,
    }
    out[code(c, 'yearly')] = {
      name: `${label} ${c} Annual`,
      category,
      cycle: 'Annual',
      price: Math.round(price * 10 * 100) / 100,
      capacity: c,
    }
  }
  return out
}

export const ADDON_PLANS: Record<string, AddonPlan> = {
  ...family('plan_large_meeting', 'Large Meetings', { 500: 50, 1000: 90 }, (c, cy) => `large${c}_${cy}`),
  ...family(
    'plan_webinar',
    'Webinars',
    { 100: 79, 500: 149, 1000: 399, 3000: 990, 5000: 2490, 10000: 6490 },
    (c, cy) => `webinar${c}_${cy}`,
  ),
  ...family('plan_zoom_events', 'Zoom Events', { 500: 99, 1000: 149 }, (c, cy) => `zoomevents${c}_${cy}`),
  zroom_monthly: { name: 'Zoom Rooms Monthly', category: 'plan_zoom_rooms', cycle: 'Monthly', price: 49 },
  zroom_yearly: { name: 'Zoom Rooms Annual', category: 'plan_zoom_rooms', cycle: 'Annual', price: 499 },
  roomconnector_monthly: {
    name: 'H.323/SIP Room Connector Monthly',
    category: 'plan_room_connector',
    cycle: 'Monthly',
    price: 49,
  },
  roomconnector_yearly: {
    name: 'H.323/SIP Room Connector Annual',
    category: 'plan_room_connector',
    cycle: 'Annual',
    price: 499,
  },
  cmr_monthly_commitment_40: {
    name: 'Cloud Recording 30 GB Monthly',
    category: 'plan_recording',
    cycle: 'Monthly',
    price: 40,
    storage_gb: 30,
  },
  cmr_monthly_commitment_100: {
    name: 'Cloud Recording 100 GB Monthly',
    category: 'plan_recording',
    cycle: 'Monthly',
    price: 100,
    storage_gb: 100,
  },
  cmr_yearly_commitment_400: {
    name: 'Cloud Recording 30 GB Annual',
    category: 'plan_recording',
    cycle: 'Annual',
    price: 400,
    storage_gb: 30,
  },
  cmr_yearly_commitment_1000: {
    name: 'Cloud Recording 100 GB Annual',
    category: 'plan_recording',
    cycle: 'Annual',
    price: 1000,
    storage_gb: 100,
  },
  tollfree_payongo: {
    name: 'Audio Conferencing Toll-free Pay As You Go',
    category: 'plan_audio',
    cycle: 'Monthly',
    price: 0,
  },
  tollfree_premium_payongo: {
    name: 'Audio Conferencing Toll-free and Premium Pay As You Go',
    category: 'plan_audio',
    cycle: 'Monthly',
    price: 0,
  },
  callout_payongo: {
    name: 'Audio Conferencing Call-out Pay As You Go',
    category: 'plan_audio',
    cycle: 'Monthly',
    price: 0,
  },
}

/** Plans listed as an array of plan objects (several may be held at once); the others are single objects. */
export const LIST_CATEGORIES: AddonCategory[] = ['plan_large_meeting', 'plan_webinar', 'plan_zoom_events']

/** Cloud storage every paid base plan includes. */
export const INCLUDED_STORAGE_GB = { pro: 5, business: 5, enterprise: 5 } as const

const MONTHS: Record<BillingCycle, number> = { Monthly: 1, Annual: 12, 'Two years': 24, 'Three years': 36 }

/** yyyy-mm-dd plus the cycle's months; the day is kept when the month has it, else the month's last day. */
export function addCycle(date: string, cycle: BillingCycle): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + MONTHS[cycle]
  const ny = Math.floor(total / 12)
  const nm = total % 12
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate()
  return new Date(Date.UTC(ny, nm, Math.min(d, last))).toISOString().slice(0, 10)
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000)
}

export const money = (n: number) => Math.round(n * 100) / 100
