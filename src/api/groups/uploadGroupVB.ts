import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { addGroupVirtualBackground } from '../../domain/groups/settings.js'
import {
  GroupIdParams,
  VirtualBackgroundUploadBody,
  VirtualBackgroundUploadResponse,
} from '../../schemas/groups/schemas.js'

// Upload Virtual Background files — multipart field `file`: a jpg/jpeg or png image of at most 15 MB, 10 per group.
export default defineOperation({
  id: 'uploadGroupVB',
  method: 'POST',
  path: '/groups/{groupId}/settings/virtual_backgrounds',
  params: GroupIdParams,
  body: VirtualBackgroundUploadBody,
  multipart: true,
  success: { status: 201, schema: VirtualBackgroundUploadResponse },
  async handle({ params, actor, svc, request }) {
    const group = await svc.use(GroupService).get(actor.accountId, params.groupId)
    return addGroupVirtualBackground(svc, group, request)
  },
})
