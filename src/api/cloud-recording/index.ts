import type { AnyOperation } from '../../http/operation.js'
import listRecordingsOfAnAccount from './listRecordingsOfAnAccount.js'
import recordingGet from './recordingGet.js'
import recordingDelete from './recordingDelete.js'
import meetingRecordingRegistrantCreate from './meetingRecordingRegistrantCreate.js'
import meetingRecordingRegistrants from './meetingRecordingRegistrants.js'
import getMeetingRecordingsAnalyticsDetails from './getMeetingRecordingsAnalyticsDetails.js'
import recordingStatusUpdate from './recordingStatusUpdate.js'
import recordingStatusUpdateOne from './recordingStatusUpdateOne.js'
import recordingRegistrantQuestionUpdate from './recordingRegistrantQuestionUpdate.js'
import recordingRegistrantsQuestionsGet from './recordingRegistrantsQuestionsGet.js'
import getMeetingRecordingsAnalyticsSummary from './getMeetingRecordingsAnalyticsSummary.js'
import meetingRecordingRegistrantStatus from './meetingRecordingRegistrantStatus.js'
import recordingSettingsUpdate from './recordingSettingsUpdate.js'
import recordingSettingUpdate from './recordingSettingUpdate.js'
import recordingsList from './recordingsList.js'
import recordingDeleteOne from './recordingDeleteOne.js'

/** The Cloud Recording operations. */
export const cloudRecordingOperations: AnyOperation[] = [
  listRecordingsOfAnAccount,
  recordingGet,
  recordingDelete,
  meetingRecordingRegistrantCreate,
  meetingRecordingRegistrants,
  getMeetingRecordingsAnalyticsDetails,
  recordingStatusUpdate,
  recordingStatusUpdateOne,
  recordingRegistrantQuestionUpdate,
  recordingRegistrantsQuestionsGet,
  getMeetingRecordingsAnalyticsSummary,
  meetingRecordingRegistrantStatus,
  recordingSettingsUpdate,
  recordingSettingUpdate,
  recordingsList,
  recordingDeleteOne,
]
