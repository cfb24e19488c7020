import type { FieldDocs } from './index.js'

export const recordingTrashFields: FieldDocs = {
  'Cloud Recording:action': {
    en: 'Deleting: trash (the default) moves the files to the trash, where they can be recovered for 30 days; delete removes them for good, files already in the trash included. Recovering: recover brings trashed files back. Registrants of an on-demand recording: approve or deny.',
    zh: '删除时：trash（默认）将文件移到回收站，30 天内可恢复；delete 永久删除，已在回收站中的文件也一并删除。恢复时：recover 将回收站中的文件恢复。点播录制的注册者：approve（批准）或 deny（拒绝）。',
  },
  'Cloud Recording:meetingUUID': {
    en: 'The UUID of the meeting or webinar instance whose recording is meant; a UUID that starts with / or contains // must be URL-encoded twice. A meeting ID names the latest instance’s recording.',
    zh: '所指录制对应的会议或网络研讨会实例的 UUID；以 / 开头或包含 // 的 UUID 须经两次 URL 编码。使用会议号时指最近一次实例的录制。',
  },
  'Cloud Recording:recordingId': {
    en: 'The ID of one recording file (the `id` of an entry of `recording_files`).',
    zh: '单个录制文件的 ID（`recording_files` 中某一项的 `id`）。',
  },
  'Simulator:quota_bytes': {
    en: 'Cloud recording storage of the account, in bytes, in place of what its plans include; null (or leaving it out) brings the plans’ storage back. In the answer: the storage that applies now.',
    zh: '账户的云录制存储空间（字节），取代其套餐所含的空间；为 null（或不提供）时恢复为套餐的存储空间。在响应中：当前适用的存储空间。',
  },
  'Simulator:plan_quota_bytes': {
    en: 'Cloud recording storage the account’s plans include, in bytes: the base plan’s included storage plus an active storage plan’s.',
    zh: '账户套餐所含的云录制存储空间（字节）：基础套餐包含的空间加上有效的存储套餐的空间。',
  },
  'Simulator:used_bytes': {
    en: 'Bytes the account’s cloud recording files take, files in the trash included.',
    zh: '账户的云录制文件所占的字节数，包括回收站中的文件。',
  },
}
