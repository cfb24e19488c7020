import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { RecordingPlays } from '../../domain/cloud-recording/plays.js'
import { MeetingArchives } from '../../domain/archiving/archives.js'
import type { Services } from '../../services.js'
import { playable } from '../../domain/cloud-recording/model.js'
import { RecordingPage } from '../../web/recording/pages.js'
import { sendPage } from '../../docs/site/frame.js'

type TokenParams = {
  Params: { token: string; extra?: string }
  Querystring: { access_token?: string; pwd?: string; t?: string; tk?: string; lang?: string }
}

// Zoom answers a refused download, and every other page of these links, with status 200, not a JSON error:
// clients tell a page from a file by its type.
const refused = (request: FastifyRequest<TokenParams>, reply: FastifyReply) =>
  sendPage(reply, 200, new RecordingPage(request).cannotDownload())

function bearer(request: FastifyRequest<TokenParams>): string | undefined {
  const q = request.query.access_token
  if (q) return q
  const h = request.headers.authorization
  return h?.startsWith('Bearer ') ? h.slice(7) : undefined
}

/**
 * The recording file URLs the API gives: download and play (302 to the file, or Zoom's HTML page when the request
 * may not have it), the webhook form of the download URL, the share page, and the files themselves (signed,
 * short-lived links; Range requests for the media).
 */
export function registerRecordingMedia(app: FastifyInstance, svc: Services): void {
  const recordings = () => svc.use(CloudRecordings)
  const plays = () => svc.use(RecordingPlays)

  // Archived files download like recording files (same checks), but are no recording's plays.
  const downloadArchived = async (request: FastifyRequest<TokenParams>, reply: FastifyReply) => {
    const found = await svc.use(MeetingArchives).fileForToken(request.params.token)
    if (!found || !(await recordings().authorizeDownload(found.owner, bearer(request), 'arc')))
      return refused(request, reply)
    return reply.redirect(await recordings().signedFileUrl(found.file), 302)
  }
  const download = async (request: FastifyRequest<TokenParams>, reply: FastifyReply) => {
    const found = await recordings().fileForToken(request.params.token)
    if (!found) return downloadArchived(request, reply)
    const viewer = await recordings().authorizeDownload(found.recording, bearer(request))
    if (!viewer) return refused(request, reply)
    await plays().count(found.recording, found.file, 'download', viewer)
    return reply.redirect(await recordings().signedFileUrl(found.file), 302)
  }
  app.get<TokenParams>('/rec/download/:token', download)
  app.get<TokenParams>('/rec/webhook_download/:token/:extra', download)

  app.get<TokenParams>('/rec/play/:token', async (request, reply) => {
    const found = await recordings().fileForToken(request.params.token)
    // Only the media files have a play URL; the token of a timeline or transcript does not play.
    const view = new RecordingPage(request)
    if (!found || !playable(found.file.file_type)) return sendPage(reply, 200, view.missing())
    const viewer = await recordings().authorizePlay(
      found.recording,
      bearer(request),
      request.query.pwd,
      request.query.tk,
    )
    if (!viewer) return sendPage(reply, 200, view.askPasscode())
    await plays().count(found.recording, found.file, 'view', viewer)
    const src = await recordings().signedFileUrl(found.file)
    const tag = found.file.file_type === 'MP4' ? 'video' : 'audio'
    return sendPage(reply, 200, view.player(found.recording.doc.topic, tag, src))
  })

  app.get<TokenParams>('/rec/share/:token', async (request, reply) => {
    const r = await recordings().byShareToken(request.params.token)
    const view = new RecordingPage(request)
    if (!r || r.doc.settings.share_recording === 'none') return sendPage(reply, 200, view.missing())
    // An on-demand recording opens to approved registrants: their link's `tk` goes on to the play pages.
    const tk = request.query.tk
    if (r.doc.settings.on_demand && !(await recordings().authorizePlay(r, undefined, undefined, tk)))
      return sendPage(reply, 200, view.notApproved(r.doc.topic))
    const files = (await recordings().files(r)).filter((f) => f.trashed_at === null && playable(f.file_type))
    const listed = files.map((f) => ({ token: f.file_token, type: f.recording_type, extension: f.file_extension }))
    return sendPage(reply, 200, view.shared(r.doc.topic, listed, tk))
  })

  app.get<TokenParams>('/rec/files/:token/:extra', async (request, reply) => {
    const served = await recordings().servedFile(request.params.token, request.query.t ?? '')
    if (!served) return refused(request, reply)
    const { body, name } = served
    reply
      .header('Accept-Ranges', 'bytes')
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .header('Cache-Control', 'private, max-age=3600')
      .type(body.contentType)
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '')
    // A range whose last byte comes before its first is malformed, and a malformed Range header is ignored.
    const malformed = !!range?.[1] && !!range[2] && Number(range[2]) < Number(range[1])
    if (range && (range[1] || range[2]) && !malformed) {
      let start: number
      let end: number
      if (range[1]) {
        start = Number(range[1])
        end = range[2] ? Math.min(Number(range[2]), body.size - 1) : body.size - 1
      } else {
        start = Math.max(0, body.size - Number(range[2]))
        end = body.size - 1
      }
      if (start >= body.size || start > end)
        return reply.code(416).header('Content-Range', `bytes */${body.size}`).send('')
      return reply.code(206).header('Content-Range', `bytes ${start}-${end}/${body.size}`).send(body.read(start, end))
    }
    return reply.send(body.size ? body.read(0, body.size - 1) : Buffer.alloc(0))
  })
}
