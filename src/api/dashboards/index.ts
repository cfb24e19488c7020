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
import dashboardChat from './dashboardChat.js'
import dashboardClientFeedback from './dashboardClientFeedback.js'
import dashboardClientFeedbackDetail from './dashboardClientFeedbackDetail.js'
import participantWebinarFeedback from './participantWebinarFeedback.js'
import participantFeedback from './participantFeedback.js'
import listMeetingSatisfaction from './listMeetingSatisfaction.js'
import dashboardCRC from './dashboardCRC.js'
import dashboardIssueDetailZoomRoom from './dashboardIssueDetailZoomRoom.js'
import dashboardIssueZoomRoom from './dashboardIssueZoomRoom.js'
import getClientVersions from './getClientVersions.js'
import dashboardZoomRoom from './dashboardZoomRoom.js'
import dashboardZoomRoomIssue from './dashboardZoomRoomIssue.js'
import dashboardQuality from './dashboardQuality.js'
import dashboardZoomRooms from './dashboardZoomRooms.js'

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
  dashboardChat,
  dashboardClientFeedback,
  dashboardClientFeedbackDetail,
  participantWebinarFeedback,
  participantFeedback,
  listMeetingSatisfaction,
  dashboardCRC,
  dashboardIssueDetailZoomRoom,
  dashboardIssueZoomRoom,
  getClientVersions,
  dashboardZoomRoom,
  dashboardZoomRoomIssue,
  dashboardQuality,
  dashboardZoomRooms,
]
