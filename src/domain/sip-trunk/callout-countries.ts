import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { SipInternalNumbersRepo } from '../../store/sip-internal-numbers.repo.js'
import type { Actor } from '../actor.js'
import type { AddCalloutCountriesBody } from '../../schemas/sip-connected-audio/internal.js'
import { countryOf, type Country } from './countries.js'
import { requireSipTrunkAccount } from './plan.js'

export type AddCalloutCountriesInput = Static<typeof AddCalloutCountriesBody>

/**
 * The countries an account's meetings may call out to over the SIP trunk, set by its master account (`me` for
 * the master itself). Every operation needs the SIP Connected Audio plan on the account addressed.
 */
export class SipCalloutCountries {
  readonly repo: SipInternalNumbersRepo

  constructor(private svc: Services) {
    this.repo = new SipInternalNumbersRepo(svc.db.kysely)
  }

  async list(actor: Actor) {
    await requireSipTrunkAccount(this.svc, actor)
    const rows = await this.repo.countries(actor.accountId)
    const countries = rows.map((r) => countryOf(r.country_id)).filter((c): c is Country => c !== undefined)
    return { total_records: countries.length, callout_countries: countries }
  }

  /**
   * Adds the countries named; one the account already has stays as it is. Answers with every country of the
   * request, each once, in the request's order. A code that names no country refuses the whole request.
   */
  async add(actor: Actor, input: AddCalloutCountriesInput) {
    await requireSipTrunkAccount(this.svc, actor)
    const added = new Map<string, Country>()
    const unknown: { field: string; message: string }[] = []
    input.callout_countries.forEach((c, index) => {
      const country = countryOf(c.id)
      if (country) added.set(country.id, country)
      else unknown.push({ field: `callout_countries.${index}.id`, message: `Invalid country: ${c.id}.` })
    })
    if (unknown.length) throw errors.validation(unknown)
    await this.repo.addCountries(actor.accountId, [...added.keys()], this.svc.clock.now())
    return { callout_countries: [...added.values()] }
  }

  async delete(actor: Actor, countryId: string): Promise<void> {
    await requireSipTrunkAccount(this.svc, actor)
    const country = countryOf(countryId)
    if (!country || !(await this.repo.removeCountry(actor.accountId, country.id)))
      throw errors.sipCalloutCountryNotFound(countryId)
  }
}
