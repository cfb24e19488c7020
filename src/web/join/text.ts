import type { Lang } from '../../docs/describe.js'

export interface JoinText {
  joinTitle: string
  startTitle: string
  meetingId: string
  yourName: string
  join: string
  leave: string
  end: string
  passcode: string
  submit: string
  waitingHost: string
  waitingRoom: string
  inMeeting: string
  left: string
  ended: string
  participants: string
  you: string
  host: string
  /** Around and between the labels after a name: "(host, you)" in English, full-width in Chinese. */
  tagOpen: string
  tagSeparator: string
  tagClose: string
  wrongPasscode: string
  noMeeting: string
  badZak: string
  failed: string
}

const EN: JoinText = {
  joinTitle: 'Join meeting',
  startTitle: 'Start meeting',
  meetingId: 'Meeting ID',
  yourName: 'Your name',
  join: 'Join',
  leave: 'Leave',
  end: 'End meeting for all',
  passcode: 'Meeting passcode',
  submit: 'Continue',
  waitingHost: 'Waiting for the host to start this meeting. You will join as soon as it starts.',
  waitingRoom: 'Please wait, the host will let you in soon.',
  inMeeting: 'You are in the meeting.',
  left: 'You left the meeting.',
  ended: 'This meeting has been ended by the host.',
  participants: 'Participants',
  you: 'you',
  host: 'host',
  tagOpen: '(',
  tagSeparator: ', ',
  tagClose: ')',
  wrongPasscode: 'The passcode is wrong or missing. Enter the meeting passcode to join.',
  noMeeting: 'This meeting link is not valid: the meeting does not exist or has been deleted.',
  badZak: 'This start link has expired or is not valid. Get a new start_url from the API (it is valid for two hours).',
  failed: 'Could not join',
}

const ZH: JoinText = {
  joinTitle: '加入会议',
  startTitle: '开始会议',
  meetingId: '会议 ID',
  yourName: '您的名字',
  join: '加入',
  leave: '离开',
  end: '为所有人结束会议',
  passcode: '会议密码',
  submit: '继续',
  waitingHost: '正在等待主持人开始此会议。会议开始后您将自动加入。',
  waitingRoom: '请稍候，主持人即将允许您加入。',
  inMeeting: '您已在会议中。',
  left: '您已离开会议。',
  ended: '主持人已结束此会议。',
  participants: '参会者',
  you: '您',
  host: '主持人',
  tagOpen: '（',
  tagSeparator: '，',
  tagClose: '）',
  wrongPasscode: '密码错误或缺失。请输入会议密码后加入。',
  noMeeting: '此会议链接无效：会议不存在或已被删除。',
  badZak: '此开始链接已过期或无效。请通过 API 重新获取 start_url（有效期两小时）。',
  failed: '无法加入',
}

export const joinText = (lang: Lang): JoinText => (lang === 'zh' ? ZH : EN)
