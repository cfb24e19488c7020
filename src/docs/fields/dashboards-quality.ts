import type { FieldDocs, Text } from './index.js'

// Quality scores: grades from the mean opinion score (MOS) of per-minute QoS samples.
const GRADE_SCALE: Text = {
  en: '`good` (MOS 4 and above), `fair` (3 to 4), `poor` (2 to 3) or `bad` (below 2)',
  zh: '`good`（MOS 4 及以上）、`fair`（3 至 4）、`poor`（2 至 3）或 `bad`（低于 2）',
}

const score = (stream: Text): Text => ({
  en: `The ${stream.en} quality score: ${GRADE_SCALE.en}, from the mean MOS of the minutes in which the ${stream.en} flowed. For a participant session it is an empty string when that stream never flowed; a meeting or webinar row leaves it out then.`,
  zh: `${stream.zh}质量评分：${GRADE_SCALE.zh}，由${stream.zh}有传输的各分钟 MOS 的平均值得出。对一次参会者加入，该媒体流从未传输时为空字符串；会议或网络研讨会条目则不返回此字段。`,
})

const count = (grade: string, zh: string): Text => ({
  en: `How many meetings (with \`type=participants\`, join sessions) scored \`${grade}\` for this stream.`,
  zh: `该媒体流评分为 \`${grade}\`（${zh}）的会议数量（使用 \`type=participants\` 时为参会者加入次数）。`,
})

const counts = (stream: Text): Text => ({
  en: `Counts of ${stream.en} quality scores, one per meeting (or join session) in which ${stream.en} flowed.`,
  zh: `${stream.zh}质量评分的计数，每个有${stream.zh}传输的会议（或参会者加入）计一次。`,
})

const AUDIO: Text = { en: 'audio', zh: '音频' }
const VIDEO: Text = { en: 'video', zh: '视频' }
const SHARE: Text = { en: 'screen share', zh: '屏幕共享' }

export const dashboardsQualityFields: FieldDocs = {
  audio_quality: score(AUDIO),
  video_quality: score(VIDEO),
  screen_share_quality: score(SHARE),
  quality: {
    en: 'The counts of quality scores per stream: `audio`, `video` and `screen_share`.',
    zh: '按媒体流统计的质量评分计数：`audio`、`video` 和 `screen_share`。',
  },
  'quality.audio': counts(AUDIO),
  'quality.video': counts(VIDEO),
  'quality.screen_share': counts(SHARE),
  ...perStream(),
}

/** One key per stream and grade: the counts sit two levels under `quality`. */
function perStream(): FieldDocs {
  const grades: Array<[string, string]> = [
    ['good', '良好'],
    ['fair', '一般'],
    ['poor', '较差'],
    ['bad', '很差'],
  ]
  const out: FieldDocs = {}
  for (const stream of ['audio', 'video', 'screen_share'])
    for (const [grade, zh] of grades) out[`quality.${stream}.${grade}`] = count(grade, zh)
  return out
}
