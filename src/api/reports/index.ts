import type { AnyOperation } from '../../http/operation.js'
import reportWebinarDetails from './reportWebinarDetails.js'
import reportWebinarQA from './reportWebinarQA.js'
import reportSignInSignOutActivities from './reportSignInSignOutActivities.js'
import reportMeetingParticipants from './reportMeetingParticipants.js'
import reportMeetings from './reportMeetings.js'
import reportMeetingDetails from './reportMeetingDetails.js'
import getMeetingQAReport from './getMeetingQAReport.js'
import reportMeetingPolls from './reportMeetingPolls.js'
import reportDaily from './reportDaily.js'
import reportOperationLogs from './reportOperationLogs.js'
import reportUsers from './reportUsers.js'
import getBillingReport from './getBillingReport.js'
import reportUpcomingEvents from './reportUpcomingEvents.js'
import reportCloudRecording from './reportCloudRecording.js'
import getBillingInvoicesReports from './getBillingInvoicesReports.js'
import reportTelephone from './reportTelephone.js'
import reportWebinarParticipants from './reportWebinarParticipants.js'
import reportWebinarPolls from './reportWebinarPolls.js'

/** The Reports operations. */
export const reportsOperations: AnyOperation[] = [
  reportWebinarDetails,
  reportWebinarQA,
  reportSignInSignOutActivities,
  reportMeetingParticipants,
  reportMeetings,
  reportMeetingDetails,
  getMeetingQAReport,
  reportMeetingPolls,
  reportDaily,
  reportOperationLogs,
  reportUsers,
  getBillingReport,
  reportUpcomingEvents,
  reportCloudRecording,
  getBillingInvoicesReports,
  reportTelephone,
  reportWebinarParticipants,
  reportWebinarPolls,
]
