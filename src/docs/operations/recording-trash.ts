import type { OperationDocs } from './index.js'

export const recordingTrashDocs: OperationDocs = {
  recordingDelete: {
    en: 'Deletes the cloud recording of a meeting or webinar: a meeting ID means its latest instance’s recording, an instance UUID that one. With `action=trash` (the default) the files out of the trash move into it, listed under the trash type `meeting_recordings`, recoverable for 30 days and removed for good after that; `recording.trashed` is emitted with those files. With `action=delete` every file of the recording is removed at once, those in the trash too, and `recording.deleted` is emitted. Answers 204. Answers 400/3303 while the recording is still processing, 404/3301 when there is no recording (or, for a trash, no file out of the trash), 400/200 when the account does not record to the cloud.',
    zh: '删除会议或网络研讨会的云录制：使用会议号时指最近一次实例的录制，使用实例 UUID 时指该实例的录制。`action=trash`（默认）时，不在回收站中的文件移入回收站，以回收站类型 `meeting_recordings` 列出，30 天内可恢复，之后被永久删除；触发带有这些文件的 `recording.trashed` 事件。`action=delete` 时立即删除该录制的全部文件（包括回收站中的文件），并触发 `recording.deleted` 事件。返回 204。录制仍在处理中时返回 400/3303；没有录制（移入回收站时，没有不在回收站中的文件）时返回 404/3301；账户未开启云录制时返回 400/200。',
  },
  recordingDeleteOne: {
    en: 'Deletes one file of a meeting’s cloud recording. With `action=trash` (the default) the file moves to the trash, listed under the trash type `recording_file`, and `recording.trashed` is emitted with it; with `action=delete` it is removed for good, also from the trash, and `recording.deleted` is emitted. The recording’s size and file count follow. Answers 204. Answers 400/3303 while the recording is still processing; 400/200 when the account’s setting that lets hosts delete cloud recordings (`host_delete_cloud_recording`) is off, or the account does not record to the cloud; 404/3301 for an unknown recording or file, or a file already in the trash when trashing.',
    zh: '删除会议云录制中的单个文件。`action=trash`（默认）时该文件移入回收站，以回收站类型 `recording_file` 列出，并触发带有该文件的 `recording.trashed` 事件；`action=delete` 时永久删除（包括已在回收站中的文件），并触发 `recording.deleted` 事件。录制的总大小和文件数随之更新。返回 204。录制仍在处理中时返回 400/3303；账户关闭了允许主持人删除云录制的设置（`host_delete_cloud_recording`）或未开启云录制时返回 400/200；录制或文件不存在，或移入回收站时该文件已在回收站中，返回 404/3301。',
  },
  recordingStatusUpdate: {
    en: 'Recovers every file of a recording from the trash, whether it was trashed with its meeting or alone, and emits `recording.recovered` with them; a recording with nothing in the trash is left as it is. Answers 204. Answers 400/3309 when the account’s files out of the trash would then take more than its cloud storage; 404/3301 when there is no recording; 400/200 when the account does not record to the cloud.',
    zh: '将录制的全部文件从回收站中恢复（无论是随会议一起还是单独移入回收站），并触发带有这些文件的 `recording.recovered` 事件；回收站中没有该录制的文件时不做任何更改。返回 204。恢复后账户不在回收站中的文件将超出其云录制存储空间时返回 400/3309；没有录制时返回 404/3301；账户未开启云录制时返回 400/200。',
  },
  recordingStatusUpdateOne: {
    en: 'Recovers one file of a recording from the trash and emits `recording.recovered` with it; a file not in the trash is left as it is. Answers 204. Answers 400/3309 when the account’s files out of the trash would then take more than its cloud storage; 404/3301 for an unknown recording or file; 400/200 when the account does not record to the cloud.',
    zh: '将录制中的单个文件从回收站中恢复，并触发带有该文件的 `recording.recovered` 事件；文件不在回收站中时不做任何更改。返回 204。恢复后账户不在回收站中的文件将超出其云录制存储空间时返回 400/3309；录制或文件不存在时返回 404/3301；账户未开启云录制时返回 400/200。',
  },
}
