import { commonErrors } from './common.js'
import { userErrors } from './users.js'
import { accountErrors } from './accounts.js'
import { billingErrors } from './billing.js'
import { groupErrors } from './groups.js'
import { roleErrors } from './roles.js'
import { webhookErrors } from './webhooks.js'
import { informationBarrierErrors } from './information-barriers.js'
import { trackingFieldErrors } from './tracking-fields.js'
import { meetingErrors } from './meetings.js'
import { meetingPollErrors } from './meeting-polls.js'
import { registrantErrors } from './registrants.js'
import { webinarErrors } from './webinars.js'
import { h323DeviceErrors } from './h323-devices.js'
import { sipTrunkErrors } from './sip-trunk.js'
import { tspErrors } from './tsp.js'
import { webinarRegistrantErrors } from './webinar-registrants.js'
import { webinarBrandingErrors } from './webinar-branding.js'
import { webinarExtrasErrors } from './webinar-extras.js'
import { webinarPanelistErrors } from './webinar-panelists.js'
import { sipPhoneErrors } from './sip-phones.js'
import { recordingErrors } from './recordings.js'
import { dashboardErrors } from './dashboards.js'
import { zoomRoomErrors } from './zoom-rooms.js'
import { simToolErrors } from './sim-tools.js'

// Zoom's error codes and texts, one factory each, so handlers never build error bodies by hand. A name defined in
// two group files would be silently overwritten by the later spread: test/errors-catalog.test.ts refuses that.
export const errors = {
  ...commonErrors,
  ...userErrors,
  ...accountErrors,
  ...billingErrors,
  ...groupErrors,
  ...roleErrors,
  ...webhookErrors,
  ...informationBarrierErrors,
  ...trackingFieldErrors,
  ...meetingErrors,
  ...meetingPollErrors,
  ...registrantErrors,
  ...webinarErrors,
  ...h323DeviceErrors,
  ...sipTrunkErrors,
  ...tspErrors,
  ...webinarRegistrantErrors,
  ...webinarBrandingErrors,
  ...webinarExtrasErrors,
  ...webinarPanelistErrors,
  ...sipPhoneErrors,
  ...recordingErrors,
  ...dashboardErrors,
  ...zoomRoomErrors,
  ...simToolErrors,
}
