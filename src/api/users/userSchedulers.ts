import { defineOperation } from '../../http/operation.js'
import { listSchedulers } from '../../domain/users/assistants.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { SchedulersList } from '../../schemas/users/schemas-relations.js'

// List user schedulers — the users who made this user their assistant.
export default defineOperation({
  id: 'userSchedulers',
  method: 'GET',
  path: '/users/{userId}/schedulers',
  params: UserIdParams,
  success: { status: 200, schema: SchedulersList },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    return { schedulers: await listSchedulers(svc, user) }
  },
})
