import { ZoomError } from './zoom-error.js'

/** The simulator's test tools: fault rules, and the errors those rules make an operation answer. */
export const simToolErrors = {
  snapshotNotFound: (name: string) => new ZoomError(404, 404, `Snapshot does not exist: ${name}.`),
  snapshotReserved: (name: string) =>
    new ZoomError(400, 300, `Snapshot ${name} is the seeded state that a reset returns to; choose another name.`),
  faultNotFound: (id: string) => new ZoomError(404, 404, `Fault rule does not exist: ${id}.`),
  eventNotFound: (name: string) => new ZoomError(404, 404, `Webhook event does not exist: ${name}.`),
  /** The answer a fault rule chose, as the operation would give it. */
  injectedError: (status: number, code: number, message: string) => new ZoomError(status, code, message),
}
