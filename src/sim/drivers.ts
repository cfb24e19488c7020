import { MeetingService, type MeetingInput } from '../domain/meetings/meeting.service.js';
import type { JoinInput } from '../domain/meetings/participants.js';
import type { Actor } from '../http/operation.js';
import type { Services } from '../services.js';
import type { PastSummary, SimDriver } from './runner.js';
import { Simulator } from './simulator.js';

/** Plays steps in this process, through the services, acting as `actor`. */
export function localDriver(svc: Services, actor: Actor): SimDriver {
  const sim = svc.use(Simulator);
  return {
    now: async () => svc.clock.now(),
    advance: async (ms) => sim.advance(ms),
    async createMeeting(userId, body) {
      const user = await svc.users.resolve(actor, userId);
      return (await svc.use(MeetingService).create(actor, user, body as MeetingInput)).id;
    },
    async start(meetingId, opts) {
      return { uuid: (await sim.start(actor, meetingId, opts)).uuid };
    },
    async join(meetingId, input) {
      return { participant_id: (await sim.join(actor, meetingId, input)).participant_uuid };
    },
    async leave(meetingId, participantId) {
      await sim.leave(actor, meetingId, participantId);
    },
    async share(meetingId, participantId, action, content) {
      await sim.share(actor, meetingId, participantId, action, content);
    },
    async record(meetingId, action) {
      await sim.record(actor, meetingId, action);
    },
    async end(meetingId) {
      return sim.summary(await sim.end(actor, meetingId));
    },
  };
}

export interface HttpTarget {
  /** The server's origin, e.g. http://127.0.0.1:8080. */
  url: string;
  clientId: string;
  clientSecret: string;
  accountId: string;
}

/** Plays steps against a running server over HTTP, with a Server-to-Server token it mints (again when one expires). */
export function httpDriver(target: HttpTarget): SimDriver {
  const origin = target.url.replace(/\/+$/, '');
  let token: string | undefined;

  const mint = async () => {
    const res = await fetch(`${origin}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: 'Basic ' + Buffer.from(`${target.clientId}:${target.clientSecret}`).toString('base64'),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: `grant_type=account_credentials&account_id=${encodeURIComponent(target.accountId)}`,
    });
    const json = (await res.json().catch(() => ({}))) as { access_token?: string; reason?: string };
    if (!json.access_token) throw new Error(`token request failed (${res.status}): ${json.reason ?? 'no access token'}`);
    token = json.access_token;
  };

  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      if (!token) await mint();
      const res = await fetch(origin + path, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      if (res.ok) return json as T;
      // Moving the clock expires tokens (they last an hour): mint a new one. Rate limited: wait and retry.
      if (res.status === 401 && json.code === 124 && attempt < 2) {
        token = undefined;
        continue;
      }
      if (res.status === 429 && attempt < 10) {
        const wait = Number(res.headers.get('retry-after'));
        await new Promise((r) => setTimeout(r, Number.isFinite(wait) && wait > 0 && wait < 10 ? wait * 1000 : 500));
        continue;
      }
      throw new Error(`${method} ${path}: HTTP ${res.status} ${json.code ?? ''} ${json.message ?? text}`.trim());
    }
  };
  const m = (id: string) => `/sim/meetings/${encodeURIComponent(id)}`;

  return {
    now: async () => (await call<{ now_ms: number }>('GET', '/sim/clock')).now_ms,
    advance: async (ms) => (await call<{ now_ms: number }>('POST', '/sim/clock/advance', { ms })).now_ms,
    async createMeeting(userId, body) {
      return (await call<{ id: number }>('POST', `/v2/users/${encodeURIComponent(userId)}/meetings`, body)).id;
    },
    start: (meetingId, opts) => call<{ uuid: string }>('POST', `${m(meetingId)}/start?qos=${opts.qos}`),
    join: (meetingId, input: JoinInput) => call<{ participant_id: string }>('POST', `${m(meetingId)}/participants`, input),
    async leave(meetingId, participantId) {
      await call('DELETE', `${m(meetingId)}/participants/${encodeURIComponent(participantId)}`);
    },
    async share(meetingId, participantId, action, content) {
      await call('POST', `${m(meetingId)}/share`, { participant_id: participantId, action, ...(content ? { content } : {}) });
    },
    async record(meetingId, action) {
      await call('POST', `${m(meetingId)}/record`, { action });
    },
    end: (meetingId) => call<PastSummary>('POST', `${m(meetingId)}/end`),
  };
}
