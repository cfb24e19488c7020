import { defineOperation } from '../../http/operation.js'
import { removeAccountBackgrounds } from '../../domain/accounts/virtual-backgrounds.js'
import { AccountIdParams, DeleteVirtualBackgroundsQuery } from '../../schemas/accounts/schemas.js'

// Delete virtual background files — `file_ids`, comma-separated, each one of the account's files.
export default defineOperation({
  id: 'delVB',
  method: 'DELETE',
  path: '/accounts/{accountId}/settings/virtual_backgrounds',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  query: DeleteVirtualBackgroundsQuery,
  success: { status: 204 },
  async handle({ query, actor, svc }) {
    await removeAccountBackgrounds(svc, actor.accountId, query.file_ids)
  },
})
