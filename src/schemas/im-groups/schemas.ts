import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { list, pageNumber, pageSize, s } from '../kit.js'

export const ImGroupIdParams = Type.Object({ groupId: Type.String({ minLength: 1 }) })
export const ImGroupMemberParams = Type.Object({
  groupId: Type.String({ minLength: 1 }),
  memberId: Type.String({ minLength: 1 }),
})

/** At most 10 users per request, as Zoom documents. */
export const AddImGroupMembersBody = Type.Object({
  members: list(Type.Object({ id: s(), email: s() }), {
    maxItems: 10,
  }),
})

export const ImGroupMembersQuery = Type.Object({
  page_size: pageSize(PAGING, 'refuse'),
  page_number: pageNumber(),
  next_page_token: s(),
})
