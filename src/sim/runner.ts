import type { JoinInput } from '../domain/meetings/participants.js';
import { errors } from '../errors/catalog.js';
import { planScenario, type Scenario, type Step } from './scenario.js';
import { isoSeconds } from '../util/time.js';

/** What a driver needs to do for each step: in this process (services) or against a running server (HTTP). */
export interface SimDriver {
  /** The server clock, epoch ms. */
  now(): Promise<number>;
  /** Moves the server clock forward; returns the new time. */
  advance(ms: number): Promise<number>;
  createMeeting(userId: string, body: Record<string, unknown>): Promise<number>;
  start(meetingId: string, opts: { qos: boolean }): Promise<{ uuid: string }>;
  join(meetingId: string, input: JoinInput): Promise<{ participant_id: string }>;
  leave(meetingId: string, participantId: string): Promise<void>;
  share(meetingId: string, participantId: string, action: 'start' | 'stop', content?: string): Promise<void>;
  record(meetingId: string, action: 'start' | 'stop'): Promise<void>;
  end(meetingId: string): Promise<PastSummary>;
}

/** The ended instance as the simulator reports it. */
export interface PastSummary {
  id: number;
  uuid: string;
  topic: string;
  host_id: string;
  start_time: string;
  end_time: string;
  duration: number;
  total_minutes: number;
  participants_count: number;
}

export interface ScenarioResult extends PastSummary {
  steps: number;
  participants: Array<{ name: string; participant_id: string; sessions: number }>;
}

export interface Progress {
  /** 1-based index of the step done, out of `total`. */
  index: number;
  total: number;
  /** Minutes after the start. */
  offset_minutes: number;
  kind: Step['kind'] | 'start';
  text: string;
}

/** Tolerance for a start_at a moment in the past (a clock read over HTTP lags a little). */
const PAST_TOLERANCE_MS = 60_000;

/**
 * Plays a scenario: creates (or takes) the meeting, moves the clock to the start, starts it, then runs every
 * join, leave, share and recording step at its offset in time order, and ends the meeting at its duration.
 */
export async function playScenario(sc: Scenario, driver: SimDriver, onProgress: (p: Progress) => void = () => {}): Promise<ScenarioResult> {
  const steps = planScenario(sc);
  const now0 = await driver.now();
  const startAt = sc.start_at !== undefined ? Date.parse(sc.start_at) : now0;
  if (startAt < now0 - PAST_TOLERANCE_MS) throw errors.validation([{ field: 'start_at', message: 'Invalid field. Must not be in the past.' }]);

  let meetingId: string;
  if ('id' in sc.meeting) meetingId = String(sc.meeting.id);
  else {
    const { userId, ...body } = sc.meeting.create;
    const type = body.type ?? 2;
    const input: Record<string, unknown> = { type, duration: Math.max(1, Math.ceil(sc.duration_minutes)), ...body };
    if ((type === 2 || type === 8) && body.start_time === undefined) input.start_time = isoSeconds(startAt);
    meetingId = String(await driver.createMeeting(userId ?? 'me', input));
  }

  let now = now0;
  const moveTo = async (target: number) => {
    now = await driver.now();
    if (target > now) now = await driver.advance(target - now);
  };
  const total = steps.length + 1;
  const report = (index: number, kind: Progress['kind'], at: number, text: string) => onProgress({ index, total, offset_minutes: Math.round((at / 60_000) * 100) / 100, kind, text });

  await moveTo(startAt);
  const live = await driver.start(meetingId, { qos: sc.qos ?? true });
  report(1, 'start', 0, `meeting ${meetingId} started (instance ${live.uuid})`);

  const ids: string[] = [];
  const sessions: number[] = sc.participants.map(() => 0);
  let result: PastSummary | undefined;
  for (const [n, step] of steps.entries()) {
    await moveTo(startAt + step.at);
    const p = step.participant !== undefined ? sc.participants[step.participant]! : undefined;
    let text = '';
    switch (step.kind) {
      case 'join': {
        const input: JoinInput = ids[step.participant!]
          ? { participant_id: ids[step.participant!] }
          : { name: p!.name, email: p!.email, user_id: p!.user_id, registrant_id: p!.registrant_id, device: p!.device, ip_address: p!.ip, location: p!.location, network_type: p!.network_type };
        const joined = await driver.join(meetingId, input);
        ids[step.participant!] = joined.participant_id;
        sessions[step.participant!]!++;
        text = `${p!.name} ${step.session ? 'rejoined' : 'joined'}`;
        break;
      }
      case 'leave':
        await driver.leave(meetingId, ids[step.participant!]!);
        text = `${p!.name} left`;
        break;
      case 'share_start':
        await driver.share(meetingId, ids[step.participant!]!, 'start', step.content);
        text = `${p!.name} started sharing`;
        break;
      case 'share_stop':
        await driver.share(meetingId, ids[step.participant!]!, 'stop');
        text = `${p!.name} stopped sharing`;
        break;
      case 'record_start':
        await driver.record(meetingId, 'start');
        text = 'recording started';
        break;
      case 'record_stop':
        await driver.record(meetingId, 'stop');
        text = 'recording stopped';
        break;
      case 'end':
        result = await driver.end(meetingId);
        text = `meeting ended: ${result.participants_count} participants, ${result.total_minutes} minutes attended`;
        break;
    }
    report(n + 2, step.kind, step.at, text);
  }
  return {
    ...result!,
    steps: total,
    participants: sc.participants.map((p, i) => ({ name: p.name, participant_id: ids[i] ?? '', sessions: sessions[i]! })),
  };
}
