import { Type } from 'typebox'
import { e, i, list, o, s, served } from '../kit.js'
import { FAULT_KINDS } from '../../domain/sim-tools/faults.js'

// The simulator's test tools: the request journal and fault rules.

/** How many journal entries a listing answers when no `limit` is asked. */
export const REQUEST_LIST_LIMIT = 100

export const SimRequestQuery = Type.Object({
  path: s({ maxLength: 2048 }),
  method: o(e(['GET', 'POST', 'PATCH', 'PUT', 'DELETE'])),
  status: i({ minimum: 100, maximum: 599 }),
  account_id: s(),
  limit: i({ minimum: 1, maximum: 1000, ...served({ default: REQUEST_LIST_LIMIT }) }),
})

export const SimRequestList = Type.Object({
  requests: list(
    Type.Object({
      method: s(),
      path: s(),
      query: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
      body: Type.Optional(Type.Unknown()),
      status: i(),
      response: Type.Optional(Type.Unknown()),
      account_id: s(),
      client_id: s(),
      time: s(),
      duration_ms: i(),
    }),
  ),
})

export const SimFaultBody = Type.Object({
  kind: Type.Union(FAULT_KINDS.map((k) => Type.Literal(k))),
  operation_id: s({ minLength: 1, maxLength: 128 }),
  method: o(e(['GET', 'POST', 'PATCH', 'PUT', 'DELETE'])),
  path: s({ minLength: 1, maxLength: 512 }),
  event: s({ minLength: 1, maxLength: 128 }),
  status: i({ minimum: 400, maximum: 599 }),
  code: i({ minimum: 0 }),
  message: s({ maxLength: 512 }),
  retry_after: i({ minimum: 0, maximum: 86_400 }),
  delay_ms: i({ minimum: 1, maximum: 86_400_000 }),
  times: i({ minimum: 1, maximum: 1_000_000 }),
  start_time: s({ format: 'date-time' }),
  end_time: s({ format: 'date-time' }),
})

export const SimFault = Type.Object({
  id: s(),
  kind: s(),
  operation_id: s(),
  method: s(),
  path: s(),
  event: s(),
  status: i(),
  code: i(),
  message: s(),
  retry_after: i(),
  delay_ms: i(),
  remaining: i(),
  start_time: s(),
  end_time: s(),
  created_at: s(),
})

export const SimFaultList = Type.Object({ faults: list(SimFault) })
export const SimFaultParams = Type.Object({ faultId: Type.String({ minLength: 1 }) })

export const SimEventParams = Type.Object({ event: Type.String({ minLength: 1, maxLength: 128 }) })
export const SimEventBody = Type.Object({ data: o(Type.Record(Type.String(), Type.Unknown())) })
export const SimEvent = Type.Object({
  event: s(),
  account_id: s(),
  object: o(Type.Record(Type.String(), Type.Unknown())),
})
