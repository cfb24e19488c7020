import type { OperationDocs } from './index.js'

export const simulatorDocs: OperationDocs = {
  simMeetingStart: {
    en: 'Starts a meeting as its host would: the status becomes `started`, a live instance opens and `meeting.started` is emitted; answers with the live meeting. Starting a meeting already in progress changes nothing. `qos=false` records no per-minute QoS samples for this instance. Answers 404/3001 when the meeting does not exist or is out of the token’s reach.',
    zh: '以主持人的身份开始会议：状态变为 `started`，开启一个进行中的会议实例，并触发 `meeting.started` 事件；返回进行中的会议。会议已在进行中时不做任何更改。`qos=false` 表示本会议实例不记录每分钟的 QoS 数据。会议不存在或令牌无权访问时返回 404/3001。',
  },
  simMeetingState: {
    en: 'Returns a meeting as the simulator sees it: the live instance’s UUID and start, the recording status, whether QoS is recorded, and the participants present now. A meeting not in progress shows only its ID, UUID and status. Answers 404/3001 when the meeting does not exist or is out of the token’s reach.',
    zh: '返回模拟器所见的会议：进行中会议实例的 UUID 和开始时间、录制状态、是否记录 QoS，以及当前在会的参会者。未在进行中的会议只显示 ID、UUID 和状态。会议不存在或令牌无权访问时返回 404/3001。',
  },
  simParticipantJoin: {
    en: 'A participant joins the meeting in progress, as a guest or as a user of the account (`user_id` or `email`), and answers 201 with the new session; `participant_id`, or the same email, rejoins as the same participant. Emits `meeting.participant_joined`. Answers 400/3000 when the meeting has not started; 400/300 without a name or for someone already in; 404/1001 or 404/404 for an unknown user or participant.',
    zh: '参会者以访客或本账户用户（`user_id` 或 `email`）的身份加入进行中的会议，返回 201 和新的入会记录；使用 `participant_id` 或相同邮箱时，以同一参会者身份重新入会。触发 `meeting.participant_joined` 事件。会议未开始时返回 400/3000；缺少姓名或该参会者已在会中时返回 400/300；用户或参会者不存在时返回 404/1001 或 404/404。',
  },
  simParticipantLeave: {
    en: 'A participant leaves for the `reason` given (left by default): their session closes, their screen share ends and its QoS is written. Emits `meeting.participant_left`. Answers 204; 404/404 when that participant is not in the meeting; 400/3000 when the meeting has not started.',
    zh: '参会者按给定的 `reason`（默认为主动离开）离开会议：其入会记录结束，屏幕共享停止，并写入 QoS 数据。触发 `meeting.participant_left` 事件。返回 204；该参会者不在会中时返回 404/404；会议未开始时返回 400/3000。',
  },
  simScreenShare: {
    en: 'A participant starts or stops sharing their screen, with the kind of content shared; one participant shares at a time, so a new share ends the previous one. Emits `meeting.sharing_started` or `meeting.sharing_ended` and answers with the session. Answers 400/300 to stop a share that is not running; 404/404 when the participant is not in the meeting.',
    zh: '参会者开始或停止共享屏幕，并指明共享内容的类型；同一时间只有一人共享，新的共享会结束之前的共享。触发 `meeting.sharing_started` 或 `meeting.sharing_ended` 事件，返回该入会记录。停止未在进行的共享时返回 400/300；该参会者不在会中时返回 404/404。',
  },
  simRecord: {
    en: 'Starts, pauses, resumes or stops the cloud recording of the meeting in progress and answers with its status and segments: stopping and starting again makes a new segment, pausing does not. Each change emits `recording.started`, `paused`, `resumed` or `stopped`. Answers 400/3000 when the meeting has not started, 404/3001 for an unknown meeting.',
    zh: '开始、暂停、恢复或停止进行中会议的云录制，返回录制状态和各录制片段：停止后再开始会产生新片段，暂停则不会。每次变化触发 `recording.started`、`paused`、`resumed` 或 `stopped` 事件。会议未开始时返回 400/3000；会议不存在时返回 404/3001。',
  },
  simMeetingEnd: {
    en: 'The host ends the meeting: everyone leaves, the recording stops, the instance closes with its duration, total minutes and participant count, and `meeting.ended` is emitted. Answers with that summary; past meeting operations can then read the instance. Answers 400/3000 when the meeting is not in progress, 404/3001 for an unknown meeting.',
    zh: '主持人结束会议：所有人离开，录制停止，会议实例关闭并记录时长、总分钟数和参会者人数，同时触发 `meeting.ended` 事件。返回该摘要；之后可通过过去会议的操作读取该会议实例。会议未在进行中时返回 400/3000；会议不存在时返回 404/3001。',
  },
  simScenarioPlay: {
    en: 'Plays a whole scenario on one meeting, given or created: participants join, rejoin, share and leave, the recording runs, the host ends it, with every event. By default it is written as history ending now, without moving the clock; `advance_clock` moves the clock through it; `mode: realtime` answers 202 once the meeting has started and plays the rest live at `speed`. Answers 400/300 when its times do not fit.',
    zh: '在一个指定或新建的会议上运行完整场景：参会者加入、重新入会、共享和离开，录制进行，主持人结束会议，并触发全部事件。默认写成截至当前的历史记录，不移动时钟；`advance_clock` 让时钟随场景前进；`mode: realtime` 在会议开始后返回 202，并按 `speed` 实时运行其余部分。时间安排不合理时返回 400/300。',
  },
  simClock: {
    en: 'Returns the server clock’s current time, as ISO date-time and milliseconds, and whether the simulator can move it, which it can only when the server runs with the simulator on.',
    zh: '以 ISO 日期时间和毫秒返回服务器时钟的当前时间，以及模拟器能否移动该时钟；仅当服务器开启模拟器运行时才能移动。',
  },
  simClockAdvance: {
    en: 'Moves the server clock forward by `ms` milliseconds, at most a year, for every account; the move is stored, so a restart keeps it. Tokens, page tokens, meeting expiry, daily limits and events all see the new time. Answers with the new time; 400/300 when the server follows the system clock or `ms` is out of range.',
    zh: '将服务器时钟向前拨 `ms` 毫秒（最多一年），对所有账户生效；该调整会被保存，重启后仍然有效。访问令牌、分页令牌、会议过期、每日限额和事件都以新时间为准。返回新的时间；服务器使用系统时钟或 `ms` 超出范围时返回 400/300。',
  },
}
