import type { AnyOperation } from '../../http/operation.js'
import simChatActivity from './simChatActivity.js'
import simChatMessage from './simChatMessage.js'
import simClock from './simClock.js'
import simCloudStorage from './simCloudStorage.js'
import simClockAdvance from './simClockAdvance.js'
import simMeetingActivity from './simMeetingActivity.js'
import simMeetingEnd from './simMeetingEnd.js'
import simMeetingStart from './simMeetingStart.js'
import simMeetingState from './simMeetingState.js'
import simParticipantJoin from './simParticipantJoin.js'
import simParticipantLeave from './simParticipantLeave.js'
import simParticipantAdmit from './simParticipantAdmit.js'
import simParticipantPutInWaitingRoom from './simParticipantPutInWaitingRoom.js'
import simParticipantFeedback from './simParticipantFeedback.js'
import simParticipantRole from './simParticipantRole.js'
import simPollVote from './simPollVote.js'
import simQuestionAnswer from './simQuestionAnswer.js'
import simQuestionAsk from './simQuestionAsk.js'
import simRecord from './simRecord.js'
import simScenarioPlay from './simScenarioPlay.js'
import simScreenShare from './simScreenShare.js'
import simReset from './simReset.js'
import simFixturesLoad from './simFixturesLoad.js'
import simSnapshotCreate from './simSnapshotCreate.js'
import simSnapshotDelete from './simSnapshotDelete.js'
import simSnapshotList from './simSnapshotList.js'
import simSnapshotRestore from './simSnapshotRestore.js'
import simTrackingSourceCreate from './simTrackingSourceCreate.js'
import simWebinarBroadcast from './simWebinarBroadcast.js'
import simRequestList from './simRequestList.js'
import simRequestClear from './simRequestClear.js'
import simFaultCreate from './simFaultCreate.js'
import simFaultList from './simFaultList.js'
import simFaultDelete from './simFaultDelete.js'
import simFaultClear from './simFaultClear.js'
import simEventTrigger from './simEventTrigger.js'
import simZoomRoomCreate from './simZoomRoomCreate.js'
import simZoomRoomDelete from './simZoomRoomDelete.js'
import simZoomRoomIssue from './simZoomRoomIssue.js'
import simZoomRoomIssueResolve from './simZoomRoomIssueResolve.js'

/** The Simulator operations (not Zoom's API): served under /sim, without /v2, when SIMULATOR is on. */
export const simulatorOperations: AnyOperation[] = [
  simMeetingStart,
  simMeetingState,
  simParticipantJoin,
  simParticipantLeave,
  simParticipantAdmit,
  simParticipantPutInWaitingRoom,
  simParticipantFeedback,
  simScreenShare,
  simRecord,
  simMeetingEnd,
  simWebinarBroadcast,
  simParticipantRole,
  simQuestionAsk,
  simQuestionAnswer,
  simPollVote,
  simChatMessage,
  simMeetingActivity,
  simScenarioPlay,
  simClock,
  simClockAdvance,
  simTrackingSourceCreate,
  simCloudStorage,
  simReset,
  simSnapshotCreate,
  simSnapshotList,
  simSnapshotRestore,
  simSnapshotDelete,
  simFixturesLoad,
  simChatActivity,
  simRequestList,
  simRequestClear,
  simFaultCreate,
  simFaultList,
  simFaultDelete,
  simFaultClear,
  simEventTrigger,
  simZoomRoomCreate,
  simZoomRoomDelete,
  simZoomRoomIssue,
  simZoomRoomIssueResolve,
].map((op): AnyOperation => ({ ...op, prefix: '', extension: true, enabled: (config) => config.simulator }))
