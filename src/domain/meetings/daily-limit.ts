import type { Clock } from '../../clock.js';
import { errors } from '../../errors/catalog.js';
import { DailyCounter } from '../../util/daily-counter.js';

/** Zoom's per-host budget of meeting create and update requests per UTC day. */
export const HOST_DAILY_MEETING_WRITES = 100;

/** Meeting create/update requests per meeting host and UTC day. */
export class HostDailyLimit {
  private counter: DailyCounter;

  constructor(clock: Clock) {
    this.counter = new DailyCounter(clock, HOST_DAILY_MEETING_WRITES);
  }

  /** Counts one request for `hostId`; throws Zoom's 429 once the day's budget is spent. */
  take(hostId: string): void {
    if (!this.counter.take(hostId)) throw errors.meetingDailyLimit();
  }
}
