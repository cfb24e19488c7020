import type { AnyOperation } from '../http/operation.js'
import { usersOperations } from './users/index.js'
import { meetingsOperations } from './meetings/index.js'
import { accountsOperations } from './accounts/index.js'
import { billingOperations } from './billing/index.js'
import { groupsOperations } from './groups/index.js'
import { rolesOperations } from './roles/index.js'
import { imGroupsOperations } from './im-groups/index.js'
import { informationBarriersOperations } from './information-barriers/index.js'
import { trackingFieldsOperations } from './tracking-fields/index.js'
import { webhooksOperations } from './webhooks/index.js'
import { webinarsOperations } from './webinars/index.js'
import { sipPhoneOperations } from './sip-phone/index.js'
import { h323DevicesOperations } from './h323-devices/index.js'
import { tspOperations } from './tsp/index.js'
import { sipConnectedAudioOperations } from './sip-connected-audio/index.js'
import { pacOperations } from './pac/index.js'
import { cloudRecordingOperations } from './cloud-recording/index.js'
import { archivingOperations } from './archiving/index.js'
import { reportsOperations } from './reports/index.js'
import { dashboardsOperations } from './dashboards/index.js'
import { simulatorOperations } from './simulator/index.js'

/** Every implemented operation, group by group. */
export const operations: AnyOperation[] = [
  ...usersOperations,
  ...meetingsOperations,
  ...accountsOperations,
  ...billingOperations,
  ...groupsOperations,
  ...rolesOperations,
  ...imGroupsOperations,
  ...informationBarriersOperations,
  ...trackingFieldsOperations,
  ...webhooksOperations,
  ...webinarsOperations,
  ...sipPhoneOperations,
  ...h323DevicesOperations,
  ...tspOperations,
  ...sipConnectedAudioOperations,
  ...pacOperations,
  ...cloudRecordingOperations,
  ...archivingOperations,
  ...reportsOperations,
  ...dashboardsOperations,
  ...simulatorOperations,
]
