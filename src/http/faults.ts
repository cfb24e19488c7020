import type { FastifyRequest } from 'fastify'
import { setTimeout as sleep } from 'node:timers/promises'
import { FaultInjector } from '../domain/sim-tools/faults.js'
import type { Services } from '../services.js'
import type { AnyOperation } from './operation.js'

/** Applies the caller's fault rules to one authorised call: waits for any latency, then throws a chosen error. */
export async function injectFaults(svc: Services, op: AnyOperation, request: FastifyRequest): Promise<void> {
  const accountId = request.actor?.callerAccountId
  if (!accountId) return
  const fault = await svc.use(FaultInjector).forCall(accountId, {
    operationId: op.id,
    method: request.method,
    path: request.url.split('?')[0],
    rateLabel: op.rateLimit,
  })
  // Latency is real time, as a slow network is: the server clock does not move.
  if (fault.latencyMs > 0) await sleep(fault.latencyMs)
  if (fault.error) throw fault.error
}
