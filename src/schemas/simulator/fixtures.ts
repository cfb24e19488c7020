import { Type, type Static } from 'typebox'
import { ScenarioSchema } from '../../sim/scenario.js'
import { CreateMeetingBody } from '../meetings/schemas.js'
import { UserSettingsUpdateBody } from '../users/schemas-settings.js'
import { CreateWebinarBody } from '../webinars/schemas.js'
import { b, i, o, s } from '../kit.js'

// A fixtures document: the world a test suite starts from, created in order (accounts, users, meetings,
// webinars, past plays), with `ref` names that later items use to point at earlier ones.

const Ref = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' })

const FixtureAccount = Type.Object({
  ref: Ref,
  /** The account's name; the owner's names otherwise. */
  name: o(Type.String({ minLength: 1, maxLength: 128 })),
  plan: o(Type.Unsafe<'free' | 'pro' | 'business'>({ type: 'string', enum: ['free', 'pro', 'business'] })),
  owner_email: Type.String({ maxLength: 128, format: 'email' }),
  owner_first_name: o(Type.String({ minLength: 1, maxLength: 64 })),
  owner_last_name: o(Type.String({ minLength: 1, maxLength: 64 })),
  owner_password: o(Type.String({ minLength: 8, maxLength: 32 })),
})

const FixtureUser = Type.Object({
  /** The email when left out. */
  ref: o(Ref),
  /** An account's ref; the seeded (calling) account when left out. */
  account: o(Ref),
  email: Type.String({ maxLength: 128, format: 'email' }),
  type: o(Type.Unsafe<1 | 2>({ type: 'integer', enum: [1, 2] })),
  first_name: o(Type.String({ maxLength: 64 })),
  last_name: o(Type.String({ maxLength: 64 })),
  display_name: o(Type.String({ maxLength: 128 })),
  password: o(Type.String({ minLength: 8, maxLength: 32 })),
  settings: o(UserSettingsUpdateBody),
})

const Host = {
  ref: Ref,
  /** A user's ref, an account's ref (its owner), or the email or id of a user of the calling account. */
  user: Type.String({ minLength: 1, maxLength: 128 }),
}

const FixtureMeeting = Type.Object({ ...Host, ...CreateMeetingBody.properties })
/** Webinar settings are checked against Create a webinar's schema when the document is loaded. */
const FixtureWebinar = Type.Object({
  ...Host,
  ...CreateWebinarBody.properties,
  settings: o(Type.Record(Type.String(), Type.Unknown())),
})

const FixturePast = Type.Object({
  meeting: o(Ref),
  webinar: o(Ref),
  scenario: Type.Omit(ScenarioSchema, ['meeting', 'webinar', 'mode', 'speed']),
})

export const FixturesBody = Type.Object({
  accounts: o(Type.Array(FixtureAccount, { maxItems: 100 })),
  users: o(Type.Array(FixtureUser, { maxItems: 1000 })),
  meetings: o(Type.Array(FixtureMeeting, { maxItems: 1000 })),
  webinars: o(Type.Array(FixtureWebinar, { maxItems: 1000 })),
  past: o(Type.Array(FixturePast, { maxItems: 500 })),
})

export type Fixtures = Static<typeof FixturesBody>
export type FixtureUserItem = Static<typeof FixtureUser>
export type FixtureAccountItem = Static<typeof FixtureAccount>
export type FixturePastItem = Static<typeof FixturePast>

const Created = { id: s(), created: b() }

export const FixturesOut = Type.Object({
  accounts: o(Type.Record(Type.String(), Type.Object({ ...Created, owner_id: s(), owner_email: s(), plan: s() }))),
  users: o(Type.Record(Type.String(), Type.Object({ ...Created, email: s(), account_id: s() }))),
  meetings: o(Type.Record(Type.String(), Type.Object({ id: i(), created: b(), host_id: s(), account_id: s() }))),
  webinars: o(Type.Record(Type.String(), Type.Object({ id: i(), created: b(), host_id: s(), account_id: s() }))),
  past: o(
    Type.Array(
      Type.Object({
        meeting: s(),
        webinar: s(),
        played: b(),
        uuid: s(),
        start_time: s(),
        end_time: s(),
        participants_count: i(),
      }),
    ),
  ),
})

export type FixturesResult = Static<typeof FixturesOut>
