import { defineOperation } from '../../http/operation.js'
import { addAssistants } from '../../domain/users/assistants.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { AddAssistantsBody, AddAssistantsResponse } from '../../schemas/users/schemas-relations.js'

// Add assistants — each entry names a user of the same account by id or email.
export default defineOperation({
  id: 'userAssistantCreate',
  method: 'POST',
  path: '/users/{userId}/assistants',
  params: UserIdParams,
  body: AddAssistantsBody,
  success: { status: 201, schema: AddAssistantsResponse },
  async handle({ params, body, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    return addAssistants(svc, user, body.assistants)
  },
})
