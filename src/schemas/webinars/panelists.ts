import { Type } from 'typebox'
import { i, o, s } from '../kit.js'

// Panelists, from the 2022 document and the @zoom/rivet types (which add the name tag fields). Request schemas
// carry no `default`s.

/** A webinar id, and the panelist's id or email. */
export const PanelistParams = Type.Object({
  webinarId: Type.String({ minLength: 1 }),
  panelistId: Type.String({ minLength: 1 }),
})

/** The name tag and virtual background a panelist appears with. */
const appearance = {
  virtual_background_id: s(),
  name_tag_id: s(),
  name_tag_name: s(),
  name_tag_pronouns: s(),
  name_tag_description: s(),
}

export const AddPanelistsBody = Type.Object({
  // Zoom's document caps one request at 30 panelists.
  panelists: Type.Array(
    Type.Object({
      name: Type.String({ minLength: 1 }),
      email: Type.String({ format: 'email', maxLength: 128 }),
      ...appearance,
    }),
    { minItems: 1, maxItems: 30 },
  ),
})

export const AddPanelistsResponse = Type.Object({ id: s(), updated_at: s() })

export const PanelistOut = Type.Object({ id: s(), name: s(), email: s(), join_url: s(), ...appearance })

export const PanelistListOut = Type.Object({ total_records: i(), panelists: o(Type.Array(PanelistOut)) })
