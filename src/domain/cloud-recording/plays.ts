import type { Services } from '../../services.js'
import { RecordingPlaysRepo } from '../../store/recording-plays.repo.js'
import type { Recording, RecordingFile } from './model.js'

/** Who played or downloaded a file, as analytics name them. */
export interface Viewer {
  name: string
  email: string
}

/** Plays and downloads of the served files: the recording analytics count these. */
export class RecordingPlays {
  readonly repo: RecordingPlaysRepo

  constructor(private svc: Services) {
    this.repo = new RecordingPlaysRepo(svc.db.kysely)
  }

  async count(r: Recording, f: RecordingFile, action: 'view' | 'download', viewer: Viewer): Promise<void> {
    await this.repo.insert({
      account_id: r.account_id,
      meeting_id: r.meeting_id,
      recording_uuid: r.uuid,
      file_id: f.id,
      action,
      at: this.svc.clock.now(),
      name: viewer.name,
      email: viewer.email,
      duration: 0,
    })
  }
}
