import { Type } from 'typebox'

export const ImGroupIdParams = Type.Object({ groupId: Type.String({ minLength: 1 }) })
export const ImGroupMemberParams = Type.Object({
  groupId: Type.String({ minLength: 1 }),
  memberId: Type.String({ minLength: 1 }),
})

/** At most 10 users per request, as Zoom documents. */
export const AddImGroupMembersBody = Type.Object({
  members: Type.Optional(
    Type.Array(Type.Object({ id: Type.Optional(Type.String()), email: Type.Optional(Type.String()) }), {
      maxItems: 10,
    }),
  ),
})

export const ImGroupMembersQuery = Type.Object({
  page_size: Type.Optional(Type.Integer({ minimum: 1, maximum: 300 })),
  page_number: Type.Optional(Type.Integer({ minimum: 1 })),
  next_page_token: Type.Optional(Type.String()),
})
