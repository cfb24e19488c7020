import type { AnyOperation } from '../../http/operation.js'
import dashboardMeetings from './dashboardMeetings.js'
import dashboardMeetingDetail from './dashboardMeetingDetail.js'
import dashboardMeetingParticipants from './dashboardMeetingParticipants.js'
import dashboardMeetingParticipantQOS from './dashboardMeetingParticipantQOS.js'
import dashboardMeetingParticipantsQOS from './dashboardMeetingParticipantsQOS.js'
import dashboardMeetingParticipantShare from './dashboardMeetingParticipantShare.js'
import dashboardWebinars from './dashboardWebinars.js'
import dashboardWebinarDetail from './dashboardWebinarDetail.js'
import dashboardWebinarParticipants from './dashboardWebinarParticipants.js'
import dashboardWebinarParticipantQOS from './dashboardWebinarParticipantQOS.js'
import dashboardWebinarParticipantsQOS from './dashboardWebinarParticipantsQOS.js'
import dashboardWebinarParticipantShare from './dashboardWebinarParticipantShare.js'

/** The Dashboards operations. */
export const dashboardsOperations: AnyOperation[] = [
  dashboardMeetings,
  dashboardMeetingDetail,
  dashboardMeetingParticipants,
  dashboardMeetingParticipantQOS,
  dashboardMeetingParticipantsQOS,
  dashboardMeetingParticipantShare,
  dashboardWebinars,
  dashboardWebinarDetail,
  dashboardWebinarParticipants,
  dashboardWebinarParticipantQOS,
  dashboardWebinarParticipantsQOS,
  dashboardWebinarParticipantShare,
]
