import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import type { Json } from '../../util/json.js'
import { accountData, saveAccount } from './account-store.js'
import { REGISTRATION_FIELDS, type RegistrationField } from '../registration-fields.js'
import type { RegistrationSettings } from '../../schemas/accounts/schemas.js'

// Webinar registration settings of the account: what new webinars' registration pages start with.

interface RegistrationDoc {
  options: Json
  questions: Array<{ field_name: RegistrationField; required: boolean; selected: boolean }>
  approve_type: 0 | 1
  custom_questions: Json[]
}

function defaults(): RegistrationDoc {
  return {
    options: {
      host_email_notification: false,
      close_registration: false,
      allow_participants_to_join_from_multiple_devices: true,
      show_social_share_buttons: true,
    },
    // First name and email are always asked; the last name is asked (not required) until changed.
    questions: REGISTRATION_FIELDS.map((field_name) => ({
      field_name,
      required: false,
      selected: field_name === 'last_name',
    })),
    approve_type: 0,
    custom_questions: [],
  }
}

export async function registrationSettings(svc: Services, accountId: string): Promise<RegistrationDoc> {
  const row = await svc.accounts.require(accountId)
  const stored = (accountData(row).webinar_registration as Partial<RegistrationDoc> | undefined) ?? {}
  const base = defaults()
  return {
    options: { ...base.options, ...(stored.options ?? {}) },
    questions: base.questions.map((q) => stored.questions?.find((s) => s.field_name === q.field_name) ?? q),
    approve_type: stored.approve_type ?? base.approve_type,
    custom_questions: stored.custom_questions ?? base.custom_questions,
  }
}

/**
 * PATCH …/settings/registration: options merge; `questions` change the named standard fields (a required field is
 * also asked); `custom_questions` replace the custom ones (choice questions need answers).
 */
export async function updateRegistrationSettings(
  svc: Services,
  accountId: string,
  change: Static<typeof RegistrationSettings>,
): Promise<void> {
  const row = await svc.accounts.require(accountId)
  const current = await registrationSettings(svc, accountId)
  const next: RegistrationDoc = { ...current, options: { ...current.options, ...(change.options ?? {}) } }
  const questions = change.questions
  if (questions) {
    next.questions = current.questions.map((q) => {
      const c = questions.find((x) => x.field_name === q.field_name)
      if (!c) return q
      const required = c.required ?? q.required
      return { field_name: q.field_name, required, selected: required || (c.selected ?? q.selected) }
    })
  }
  if (change.approve_type !== undefined) next.approve_type = change.approve_type
  if (change.custom_questions) {
    for (const [i, q] of change.custom_questions.entries()) {
      if (typeof q.title !== 'string' || !q.title.trim())
        throw errors.badRequest(`Invalid parameter: custom_questions[${i}].title`)
      const answers = (q.answers as string[] | undefined) ?? []
      if (q.type !== 'short' && answers.length === 0)
        throw errors.badRequest(`Invalid parameter: custom_questions[${i}].answers`)
    }
    next.custom_questions = change.custom_questions.map((q) => ({
      title: q.title,
      type: q.type ?? 'short',
      required: q.required ?? false,
      selected: q.selected ?? true,
      ...(q.type && q.type !== 'short' ? { answers: q.answers } : {}),
    }))
  }
  await saveAccount(svc, row.id, { data: { ...accountData(row), webinar_registration: next as unknown as Json } })
}
