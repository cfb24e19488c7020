import type { Json } from '../../util/json.js'

export interface DialInNumber {
  country: string
  country_name: string
  city: string
  number: string
  type: 'toll' | 'tollfree'
}

type Entry = [city: string, number: string]

/**
 * Zoom's published toll numbers of the countries a meeting most often lists, written as Zoom's API writes them
 * ("+1 6465588656"). A country missing here lists no numbers. Toll-free numbers need an audio plan, so none.
 */
const NUMBERS: Record<string, { name: string; numbers: Entry[] }> = {
  US: {
    // Zoom names the United States "US" in this field.
    name: 'US',
    numbers: [
      ['New York', '+1 6465588656'],
      ['San Jose', '+1 6699006833'],
      ['Chicago', '+1 3126266799'],
      ['Houston', '+1 3462487799'],
      ['Tacoma', '+1 2532158782'],
      ['Washington DC', '+1 3017158592'],
    ],
  },
  CA: {
    name: 'Canada',
    numbers: [
      ['Toronto', '+1 6473744685'],
      ['Vancouver', '+1 7789072071'],
    ],
  },
  GB: {
    name: 'United Kingdom',
    numbers: [
      ['London', '+44 2034815237'],
      ['London', '+44 2034815240'],
    ],
  },
  DE: {
    name: 'Germany',
    numbers: [
      ['Frankfurt', '+49 6971049922'],
      ['Berlin', '+49 3056795800'],
    ],
  },
  FR: {
    name: 'France',
    numbers: [
      ['Paris', '+33 170372246'],
      ['Paris', '+33 170379729'],
    ],
  },
  AU: {
    name: 'Australia',
    numbers: [
      ['Sydney', '+61 280156011'],
      ['Melbourne', '+61 370182005'],
    ],
  },
  JP: { name: 'Japan', numbers: [['Tokyo', '+81 345781488']] },
  BR: {
    name: 'Brazil',
    numbers: [
      ['Sao Paulo', '+55 1146806788'],
      ['Rio de Janeiro', '+55 2139587888'],
    ],
  },
}

/**
 * `settings.global_dial_in_numbers` of a meeting: the numbers of its dial-in countries, in their order. None when
 * participants cannot join by phone (computer audio only, third-party audio, or end-to-end encryption).
 */
export function globalDialInNumbers(settings: Json): DialInNumber[] {
  const phone = settings.audio === 'both' || settings.audio === 'telephony'
  if (!phone || settings.encryption_type === 'e2ee') return []
  const countries = Array.isArray(settings.global_dial_in_countries) ? settings.global_dial_in_countries : []
  const seen = new Set<string>()
  const out: DialInNumber[] = []
  for (const c of countries) {
    const code = typeof c === 'string' ? c.toUpperCase() : ''
    const entry = NUMBERS[code]
    if (!entry || seen.has(code)) continue
    seen.add(code)
    for (const [city, number] of entry.numbers)
      out.push({ country: code, country_name: entry.name, city, number, type: 'toll' })
  }
  return out
}
