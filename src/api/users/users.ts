import { defineOperation } from '../../http/operation.js'
import { must } from '../../util/must.js'
import { groupIdsOfPage, presentUserListItem } from '../../domain/users/user.present.js'
import { numberedPage } from '../../domain/paging.js'
import { ListUsersQuery, ListUsersResponse } from '../../schemas/users/schemas.js'

// List users — GET /users; a master account lists a sub account's users at /accounts/{accountId}/users.
export default defineOperation({
  id: 'users',
  method: 'GET',
  path: '/users',
  query: ListUsersQuery,
  success: { status: 200, schema: ListUsersResponse },
  async handle({ query, actor, svc }) {
    const page = await svc.users.list(actor.accountId, query)
    const ids = await groupIdsOfPage(svc, actor.accountId, page.items)
    return {
      ...numberedPage(page),
      users: page.items.map((u) =>
        presentUserListItem(svc, u, query.include_fields, must(ids.get(u.id), 'the group ids of a listed user')),
      ),
    }
  },
})
