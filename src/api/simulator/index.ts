import type { AnyOperation } from '../../http/operation.js'
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
import simParticipantRole from './simParticipantRole.js'
import simPollVote from './simPollVote.js'
import simQuestionAnswer from './simQuestionAnswer.js'
import simQuestionAsk from './simQuestionAsk.js'
import simRecord from './simRecord.js'
import simScenarioPlay from './simScenarioPlay.js'
import simScreenShare from './simScreenShare.js'
import simTrackingSourceCreate from './simTrackingSourceCreate.js'
import simWebinarBroadcast from './simWebinarBroadcast.js'

/** The Simulator operations (not Zoom's API): served under /sim, without /v2, when SIMULATOR is on. */
export const simulatorOperations: AnyOperation[] = [
  simMeetingStart,
  simMeetingState,
  simParticipantJoin,
  simParticipantLeave,
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
].map((op): AnyOperation => ({ ...op, prefix: '', extension: true, enabled: (config) => config.simulator }))
