import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { setCloudStorageQuota } from '../../domain/cloud-recording/storage.js'
import { defineOperation } from '../../http/operation.js'
import { SimCloudStorageBody, SimCloudStorageOut, SimCloudStorageParams } from '../../schemas/cloud-recording/trash.js'

// Simulated recordings are a few kilobytes while plans include gigabytes: a smaller quota lets a full cloud
// storage be tried without recording for hours.
export default defineOperation({
  id: 'simCloudStorage',
  group: 'Simulator',
  method: 'PATCH',
  path: '/sim/accounts/{accountId}/cloud_storage',
  summary: { en: 'Simulate: set the cloud recording storage quota', zh: '模拟：设置云录制存储空间配额' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimCloudStorageParams,
  body: SimCloudStorageBody,
  success: { status: 200, schema: SimCloudStorageOut },
  handle: ({ params, body, actor, svc }) =>
    setCloudStorageQuota(svc, actor, params.accountId, body.quota_bytes ?? null),
})
