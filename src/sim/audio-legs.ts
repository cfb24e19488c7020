import type { Kysely } from 'kysely'
import { isIP } from 'node:net'
import { Type, type Static } from 'typebox'
import { H323DeviceService } from '../domain/h323-devices/device.service.js'
import { PHONE_DEVICE, ROOM_SYSTEM_DEVICE } from '../domain/meetings/devices.js'
import { globalDialInNumbers } from '../domain/meetings/dial-in.js'
import type { Meeting } from '../domain/meetings/meeting.service.js'
import type { Instance, JoinInput, Session } from '../domain/meetings/participants.js'
import { errors } from '../errors/catalog.js'
import { ZoomError, type FieldError } from '../errors/zoom-error.js'
import { e } from '../schemas/kit.js'
import type { Services } from '../services.js'
import type { Database } from '../store/tables.js'
import { AudioLegsRepo, type AudioLegRow, type H323DeviceRow } from '../store/h323-devices.repo.js'
import { SeededRandom } from './random.js'

// How a simulated participant's audio reaches the meeting when it is not the client's computer audio: a phone
// line or a registered H.323/SIP room system. Each such session gets one row in session_audio_legs; its start and
// end are the session's join and leave, so telephone usage reads legs with their sessions.

/** Dial-in at a toll or a toll-free number, a call-out from the meeting to a phone, or a SIP Connected Audio call. */
export const PHONE_LEG_TYPES = ['toll', 'toll_free', 'call_out', 'sip'] as const
export type PhoneLegType = (typeof PHONE_LEG_TYPES)[number]

export const PhoneLegSchema = Type.Object({
  type: e(PHONE_LEG_TYPES),
  /** The caller's number (for a call-out, the number called); made up when left out. */
  number: Type.Optional(Type.String({ pattern: '^\\+?[0-9][0-9 ()-]{2,30}$' })),
  /** Two-letter country code of the line; by default the country of the number's calling code, else US. */
  country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
})
export type PhoneLegInput = Static<typeof PhoneLegSchema>

/** A join as the simulator takes it: a client's join plus, optionally, how its audio arrives. */
export interface SimJoinInput extends JoinInput {
  phone?: PhoneLegInput
  /** A registered room system (POST /h323/devices) joins: its session's device is `H.323/SIP`. */
  device_id?: string
  /** The joiner waits in the meeting's waiting room until the host admits them. */
  waiting_room?: boolean
}

/** Country calling codes of the countries a made-up number may come from (the longest prefix wins on lookup). */
const CALLING_CODES: Record<string, string> = {
  US: '1',
  GB: '44',
  DE: '49',
  FR: '33',
  AU: '61',
  JP: '81',
  BR: '55',
  CN: '86',
  IN: '91',
  SG: '65',
  NL: '31',
  ES: '34',
  IT: '39',
  MX: '52',
}

type LegFields = Pick<AudioLegRow, 'type' | 'phone_number' | 'country' | 'call_in_number' | 'device_id' | 'protocol'>

/** A checked leg: what it changes in the join, and the row to write once the session exists. */
export interface PlannedLeg {
  join: Partial<JoinInput>
  leg: LegFields
}

function countryOfNumber(number: string): string | undefined {
  const digits = number.replace(/[^0-9]/g, '')
  let best: [string, string] | undefined
  for (const [country, code] of Object.entries(CALLING_CODES))
    if (digits.startsWith(code) && (!best || code.length > best[1].length)) best = [country, code]
  return best?.[0]
}

/** The line's country: as given, else the country of the number's calling code, else the United States. */
function countryOf(phone: PhoneLegInput): string {
  return (phone.country ?? (phone.number ? countryOfNumber(phone.number) : undefined) ?? 'US').toUpperCase()
}

/** A leg as the simulator shows it with its session. */
export function presentLeg(leg: AudioLegRow) {
  return {
    type: leg.type,
    phone_number: leg.phone_number,
    country: leg.country || undefined,
    call_in_number: leg.call_in_number || undefined,
    device_id: leg.device_id ?? undefined,
    protocol: leg.protocol ?? undefined,
  }
}

export class AudioLegs {
  readonly repo: AudioLegsRepo

  constructor(private svc: Services) {
    this.repo = new AudioLegsRepo(svc.db.kysely)
  }

  /**
   * Refuses a leg the meeting cannot take: both a phone and a device (400/300); a device while the account may
   * not use room systems (400/200) or that it does not have (404/300); a phone line into a meeting without Zoom's
   * telephone audio, or with no number given for a country none is made up for (400/300). The device, if any.
   */
  async check(meeting: Meeting, input: SimJoinInput): Promise<H323DeviceRow | undefined> {
    const refuse = (field: string, message: string) =>
      errors.validation([{ field, message: `Invalid field. ${message}` }])
    if (input.phone !== undefined && input.device_id !== undefined)
      throw refuse('device_id', 'A room system brings its own audio: give phone or device_id.')
    if (input.device_id !== undefined) {
      const devices = this.svc.use(H323DeviceService)
      await devices.requireFeature(meeting.account_id)
      const device = await devices.row(meeting.account_id, input.device_id)
      if (input.device !== undefined && input.device !== ROOM_SYSTEM_DEVICE)
        throw refuse('device', `A room system joins as ${ROOM_SYSTEM_DEVICE}.`)
      return device
    }
    if (input.phone === undefined) return undefined
    const audio = meeting.doc.settings.audio
    if (audio !== 'both' && audio !== 'telephony')
      throw refuse(
        'phone',
        `${meeting.kind === 'webinar' ? 'Webinar' : 'Meeting'} ${meeting.id} takes no telephone audio (audio: ${String(audio)}).`,
      )
    if (input.phone.number === undefined && !CALLING_CODES[countryOf(input.phone)])
      throw refuse('phone.number', `Required: no number is made up for country ${countryOf(input.phone)}.`)
    return undefined
  }

  /**
   * Checks how `input` brings its audio into `meeting` and returns the leg, or undefined for computer audio. A
   * rejoin (`participant_id`) that names no leg comes back over the line its participant used last.
   */
  async plan(meeting: Meeting, instance: Instance, input: SimJoinInput): Promise<PlannedLeg | undefined> {
    const device = await this.check(meeting, input)
    const fresh = input.participant_id === undefined && input.user_id === undefined && !input.email
    if (device) {
      return {
        join: {
          device: ROOM_SYSTEM_DEVICE,
          ...(input.name === undefined && fresh ? { name: device.name } : {}),
          ...(input.ip_address === undefined && isIP(device.ip) ? { ip_address: device.ip } : {}),
        },
        leg: {
          type: 'room_system',
          phone_number: device.ip,
          country: '',
          call_in_number: '',
          device_id: device.id,
          protocol: device.protocol,
        },
      }
    }
    if (input.phone !== undefined) {
      const leg = await this.phoneLeg(instance, input.phone)
      return {
        join: {
          device: input.device ?? PHONE_DEVICE,
          ...(input.name === undefined && fresh ? { name: leg.phone_number } : {}),
        },
        leg,
      }
    }
    if (input.participant_id === undefined) return undefined
    const prior = await this.repo.latestOf(instance.account_id, instance.uuid, input.participant_id)
    if (!prior) return undefined
    const { type, phone_number, country, call_in_number, device_id, protocol } = prior
    return { join: {}, leg: { type, phone_number, country, call_in_number, device_id, protocol } }
  }

  /** A phone line into the instance (checked): the number made up where none was given, the number dialled. */
  private async phoneLeg(instance: Instance, phone: PhoneLegInput): Promise<LegFields> {
    const country = countryOf(phone)
    const legs = await this.repo.ofInstance(instance.account_id, instance.uuid)
    const r = new SeededRandom(`${instance.meeting_id}:${instance.doc.ordinal}:leg${legs.length}`)
    const number =
      phone.number ?? `+${CALLING_CODES[country] ?? '1'} 555${String(r.int(0, 9_999_999)).padStart(7, '0')}`
    // A toll caller dials one of the numbers of their country, or of the United States where it has none.
    let callIn = ''
    if (phone.type === 'toll') {
      const local = globalDialInNumbers({ audio: 'telephony', global_dial_in_countries: [country] })
      const numbers = local.length
        ? local
        : globalDialInNumbers({ audio: 'telephony', global_dial_in_countries: ['US'] })
      callIn = r.pick(numbers).number
    }
    return { type: phone.type, phone_number: number, country, call_in_number: callIn, device_id: null, protocol: null }
  }

  /** Writes a session's leg; its start is the session's join. */
  async record(instance: Instance, session: Session, leg: LegFields, db?: Kysely<Database>): Promise<AudioLegRow> {
    const row = {
      account_id: instance.account_id,
      instance_uuid: instance.uuid,
      meeting_id: instance.meeting_id,
      session_id: session.id,
      participant_uuid: session.participant_uuid,
      ...leg,
      created_at: session.join_time,
    }
    await this.repo.insert(row, db)
    return { ...row, seq: 0 }
  }

  /**
   * The problems a scenario's participants' legs would meet in `meeting`, found before it starts rather than
   * in the middle of the play: unknown or unusable devices, phones in a meeting without telephone audio.
   */
  async problems(
    meeting: Meeting,
    participants: ReadonlyArray<Pick<SimJoinInput, 'phone' | 'device_id' | 'device'>>,
  ): Promise<FieldError[]> {
    const out: FieldError[] = []
    for (const [i, p] of participants.entries()) {
      if (p.phone === undefined && p.device_id === undefined) continue
      try {
        await this.check(meeting, p)
      } catch (err) {
        if (!(err instanceof ZoomError)) throw err
        const first = err.errors?.[0]
        out.push({
          field: `participants.${i}.${first?.field ?? 'device_id'}`,
          message: first?.message ?? err.message,
        })
      }
    }
    return out
  }
}
