import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addLocks, composeLayer, locksOf, resolveSettings, type Locks } from '../src/domain/settings/layers.js'
import { deepFreeze, type Json } from '../src/util/json.js'

// The cascade account → group → user as the settings services run it: each level's values are its defaults
// with what it inherits and its own changes; a level's lock switches fix its values for the levels below.

const DEFAULTS = {
  schedule_meeting: { host_video: false, join_before_host: false, participants_video: false },
  in_meeting: {
    chat: true,
    polling: true,
    waiting_room: true,
    closed_captioning: { enable: true, save_caption: false },
  },
}

interface Level {
  stored?: Json
  switches?: Json
}

/** A user's settings under an account and one group. */
function resolve(account: Level, group: Level, user: Level) {
  const accountValues = deepFreeze(composeLayer(DEFAULTS, account.stored ?? {}))
  const groupValues = composeLayer(accountValues, group.stored ?? {})
  const own = composeLayer(DEFAULTS, account.stored ?? {}, group.stored ?? {}, user.stored ?? {})
  return resolveSettings(own, [
    locksOf(account.switches ?? {}, accountValues),
    locksOf(group.switches ?? {}, groupValues),
  ])
}

describe('settings layers: resolveSettings', () => {
  it("an account lock beats the group's and the user's values", () => {
    const s = resolve(
      { stored: { schedule_meeting: { host_video: true } }, switches: { schedule_meeting: { host_video: true } } },
      { stored: { schedule_meeting: { host_video: false } }, switches: { schedule_meeting: { host_video: true } } },
      { stored: { schedule_meeting: { host_video: false } } },
    )
    assert.equal(s.schedule_meeting.host_video, true)
  })

  it("a group lock beats the user's value, and the account's unlocked one", () => {
    const s = resolve(
      { stored: { in_meeting: { chat: true } } },
      { stored: { in_meeting: { chat: false } }, switches: { in_meeting: { chat: true } } },
      { stored: { in_meeting: { chat: true } } },
    )
    assert.equal(s.in_meeting.chat, false)
  })

  it("an unlocked user value wins over the group's and the account's", () => {
    const s = resolve(
      { stored: { in_meeting: { polling: false } }, switches: { in_meeting: { chat: true } } },
      { stored: { in_meeting: { polling: false } }, switches: { schedule_meeting: { host_video: true } } },
      { stored: { in_meeting: { polling: true } } },
    )
    assert.equal(s.in_meeting.polling, true)
  })

  it('the defaults fill whatever no level set, also inside a section a level changed', () => {
    const s = resolve(
      { stored: { in_meeting: { closed_captioning: { save_caption: true } } } },
      {},
      { stored: { schedule_meeting: { host_video: true } } },
    )
    assert.deepEqual(s, {
      schedule_meeting: { host_video: true, join_before_host: false, participants_video: false },
      in_meeting: {
        chat: true,
        polling: true,
        waiting_room: true,
        closed_captioning: { enable: true, save_caption: true },
      },
    })
  })

  it("a lock switch fixes the setting under the settings document's name, with the locking level's value", () => {
    const s = resolve(
      {
        stored: { in_meeting: { waiting_room: false }, schedule_meeting: { participants_video: true } },
        switches: { meeting_security: { waiting_room: true }, schedule_meeting: { participant_video: true } },
      },
      { stored: { in_meeting: { waiting_room: true }, schedule_meeting: { participants_video: false } } },
      { stored: { in_meeting: { waiting_room: true } } },
    )
    assert.equal(s.in_meeting.waiting_room, false)
    assert.equal(s.schedule_meeting.participants_video, true)
  })

  it('a locked object is copied: the result can change without touching the locking level', () => {
    const s = resolve(
      {
        stored: { in_meeting: { closed_captioning: { enable: false } } },
        switches: { in_meeting: { closed_captioning: true } },
      },
      {},
      { stored: { in_meeting: { closed_captioning: { enable: true } } } },
    )
    assert.deepEqual(s.in_meeting.closed_captioning, { enable: false, save_caption: false })
    s.in_meeting.closed_captioning.enable = true
  })

  it('a switch for a setting the locking level does not show locks nothing', () => {
    const locks = locksOf({ in_meeting: { webinar_chat: true, chat: true } }, composeLayer(DEFAULTS))
    assert.deepEqual(locks.locked, ['in_meeting.chat'])
  })

  it("of two groups locking one setting, the first one's (the primary group's) value holds", () => {
    const primary = composeLayer(DEFAULTS, { in_meeting: { chat: false } })
    const other = composeLayer(DEFAULTS, { in_meeting: { chat: true, polling: false } })
    const groups: Locks = { locked: [], locked_values: {} }
    addLocks(groups, locksOf({ in_meeting: { chat: true } }, primary))
    addLocks(groups, locksOf({ in_meeting: { chat: true, polling: true } }, other))
    assert.deepEqual(groups, {
      locked: ['in_meeting.chat', 'in_meeting.polling'],
      locked_values: { in_meeting: { chat: false, polling: false } },
    })
    const s = resolveSettings(composeLayer(DEFAULTS, { in_meeting: { chat: true, polling: true } }), [groups])
    assert.equal(s.in_meeting.chat, false)
    assert.equal(s.in_meeting.polling, false)
  })
})
