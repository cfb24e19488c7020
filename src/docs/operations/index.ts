// What each operation does and when it refuses, in English and Chinese: the paragraph under an operation's title
// on its reference page. Facts such as scopes, rate labels and error codes are not repeated here; the page shows
// them from the declaration, the catalog and the recorded answers.
import type { Text } from '../fields/index.js'
import { accountsDocs } from './accounts.js'
import { billingDocs } from './billing.js'
import { groupsDocs } from './groups.js'
import { imGroupsDocs } from './im-groups.js'
import { informationBarriersDocs } from './information-barriers.js'
import { meetingsDocs } from './meetings.js'
import { rolesDocs } from './roles.js'
import { simulatorDocs } from './simulator.js'
import { trackingFieldsDocs } from './tracking-fields.js'
import { usersDocs } from './users.js'
import { webhooksDocs } from './webhooks.js'
import { h323DevicesDocs } from './h323-devices.js'
import { sipPhonesDocs } from './sip-phones.js'
import { tspDocs } from './tsp.js'
import { sipTrunksDocs } from './sip-trunks.js'
import { sipInternalNumbersDocs } from './sip-internal-numbers.js'
import { webinarsDocs } from './webinars.js'
import { webinarRegistrantsDocs } from './webinar-registrants.js'
import { webinarPanelistsDocs } from './webinar-panelists.js'
import { webinarExtrasDocs } from './webinar-extras.js'
import { webinarBrandingDocs } from './webinar-branding.js'
import { archivingDocs } from './archiving.js'
import { reportsAdminDocs } from './reports-admin.js'
import { reportsAccountDocs } from './reports-account.js'
import { reportsWebinarsDocs } from './reports-webinars.js'
import { reportsMeetingsDocs } from './reports-meetings.js'
import { dashboardsQosDocs } from './dashboards-qos.js'
import { dashboardsParticipantsDocs } from './dashboards-participants.js'
import { recordingAnalyticsDocs } from './recording-analytics.js'
import { recordingSettingsDocs } from './recording-settings.js'
import { recordingTrashDocs } from './recording-trash.js'
import { recordingsDocs } from './recordings.js'
import { dashboardsInstancesDocs } from './dashboards-instances.js'
import { dashboardsFeedbackDocs } from './dashboards-feedback.js'
import { dashboardsRoomsDocs } from './dashboards-rooms.js'
import { dashboardsUsageDocs } from './dashboards-usage.js'
import { dashboardsQualityDocs } from './dashboards-quality.js'

export type OperationDocs = Record<string, Text>

export const OPERATION_DOCS: OperationDocs = {
  ...accountsDocs,
  ...billingDocs,
  ...groupsDocs,
  ...imGroupsDocs,
  ...informationBarriersDocs,
  ...meetingsDocs,
  ...rolesDocs,
  ...simulatorDocs,
  ...trackingFieldsDocs,
  ...usersDocs,
  ...webhooksDocs,
  ...webinarsDocs,
  ...webinarRegistrantsDocs,
  ...webinarPanelistsDocs,
  ...webinarExtrasDocs,
  ...webinarBrandingDocs,
  ...h323DevicesDocs,
  ...sipPhonesDocs,
  ...tspDocs,
  ...sipTrunksDocs,
  ...sipInternalNumbersDocs,
  ...archivingDocs,
  ...reportsAdminDocs,
  ...reportsAccountDocs,
  ...reportsWebinarsDocs,
  ...reportsMeetingsDocs,
  ...dashboardsQosDocs,
  ...dashboardsParticipantsDocs,
  ...recordingAnalyticsDocs,
  ...recordingSettingsDocs,
  ...recordingTrashDocs,
  ...recordingsDocs,
  ...dashboardsInstancesDocs,
  ...dashboardsFeedbackDocs,
  ...dashboardsRoomsDocs,
  ...dashboardsUsageDocs,
  ...dashboardsQualityDocs,
}
