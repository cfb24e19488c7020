import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { TrackingFieldService, fieldKey, presentTrackingField } from './tracking-field.service.js'

export interface TrackingFieldValue {
  field: string
  value: string
  visible: boolean
}

/**
 * Checks the tracking fields a meeting or webinar is given against the account's definitions and returns them
 * as meetings show them. A field must be defined in the account (400/300), matched without regard to case and
 * echoed with its defined label; hidden fields are accepted too (Zoom lets the API set them). Values are free
 * text: recommended values are suggestions, not a closed list. Every required field needs a non-blank value
 * (400/300). When a field is given twice, the last value counts.
 */
export async function validateTrackingFields(
  svc: Services,
  accountId: string,
  given: ReadonlyArray<{ field: string; value?: string }> | undefined,
): Promise<TrackingFieldValue[]> {
  const defined = (await svc.use(TrackingFieldService).repo.list(accountId)).map(presentTrackingField)
  const byKey = new Map(defined.map((d) => [fieldKey(d.field), d]))
  const out = new Map<string, TrackingFieldValue>()
  for (const g of given ?? []) {
    const def = byKey.get(fieldKey(g.field ?? ''))
    if (!def) throw errors.trackingFieldUndefined(g.field ?? '')
    out.set(fieldKey(def.field), { field: def.field, value: g.value ?? '', visible: def.visible })
  }
  for (const def of defined) {
    if (def.required && !out.get(fieldKey(def.field))?.value.trim()) throw errors.trackingFieldRequired(def.field)
  }
  return [...out.values()]
}
