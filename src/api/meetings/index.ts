import type { AnyOperation } from '../../http/operation.js'
import listMeetingTemplates from './listMeetingTemplates.js'
import meeting from './meeting.js'
import meetingCreate from './meetingCreate.js'
import meetingDelete from './meetingDelete.js'
import meetingInvitation from './meetingInvitation.js'
import meetingInviteLinksCreate from './meetingInviteLinksCreate.js'
import meetings from './meetings.js'
import meetingStatus from './meetingStatus.js'
import meetingTemplateCreate from './meetingTemplateCreate.js'
import meetingToken from './meetingToken.js'
import meetingUpdate from './meetingUpdate.js'
import meetingPolls from './meetingPolls.js'
import meetingPollCreate from './meetingPollCreate.js'
import meetingPollGet from './meetingPollGet.js'
import meetingPollUpdate from './meetingPollUpdate.js'
import meetingPollDelete from './meetingPollDelete.js'
import createBatchPolls from './createBatchPolls.js'
import getMeetingSurvey from './getMeetingSurvey.js'
import updateMeetingSurvey from './updateMeetingSurvey.js'
import deleteMeetingSurvey from './deleteMeetingSurvey.js'
import getMeetingLiveStreamDetails from './getMeetingLiveStreamDetails.js'
import meetingLiveStreamUpdate from './meetingLiveStreamUpdate.js'
import meetingLiveStreamStatusUpdate from './meetingLiveStreamStatusUpdate.js'
import addBatchRegistrants from './addBatchRegistrants.js'
import meetingRegistrantCreate from './meetingRegistrantCreate.js'
import meetingRegistrantGet from './meetingRegistrantGet.js'
import meetingregistrantdelete from './meetingregistrantdelete.js'
import meetingRegistrantQuestionUpdate from './meetingRegistrantQuestionUpdate.js'
import meetingRegistrants from './meetingRegistrants.js'
import meetingRegistrantsQuestionsGet from './meetingRegistrantsQuestionsGet.js'
import meetingRegistrantStatus from './meetingRegistrantStatus.js'
import pastMeetingDetails from './pastMeetingDetails.js'
import pastMeetings from './pastMeetings.js'
import pastMeetingParticipants from './pastMeetingParticipants.js'
import inMeetingControl from './inMeetingControl.js'

/** The Meetings operations. */
export const meetingsOperations: AnyOperation[] = [
  meetingCreate,
  meetings,
  meeting,
  meetingUpdate,
  meetingDelete,
  meetingStatus,
  meetingInvitation,
  meetingInviteLinksCreate,
  meetingToken,
  listMeetingTemplates,
  meetingTemplateCreate,
  meetingRegistrants,
  meetingRegistrantCreate,
  meetingRegistrantGet,
  meetingregistrantdelete,
  meetingRegistrantStatus,
  addBatchRegistrants,
  meetingRegistrantsQuestionsGet,
  meetingRegistrantQuestionUpdate,
  meetingPolls,
  meetingPollCreate,
  meetingPollGet,
  meetingPollUpdate,
  meetingPollDelete,
  createBatchPolls,
  getMeetingSurvey,
  updateMeetingSurvey,
  deleteMeetingSurvey,
  getMeetingLiveStreamDetails,
  meetingLiveStreamUpdate,
  meetingLiveStreamStatusUpdate,
  pastMeetingDetails,
  pastMeetings,
  pastMeetingParticipants,
  inMeetingControl,
]
