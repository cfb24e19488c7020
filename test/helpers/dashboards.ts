import assert from 'node:assert/strict'
import { obj, str } from './json.js'

/** Each Cloud Room Connector leg of a QoS sample and the room system's own stream it mirrors. */
const CRC_LEGS = [
  ['audio_device_from_crc', 'audio_input'],
  ['audio_device_to_crc', 'audio_output'],
  ['video_device_from_crc', 'video_input'],
  ['video_device_to_crc', 'video_output'],
  ['as_device_from_crc', 'as_input'],
  ['as_device_to_crc', 'as_output'],
] as const
/** What a connector leg reports of a stream: the link figures, without resolution or frame rate. */
const LINK_FIGURES = ['bitrate', 'latency', 'jitter', 'avg_loss', 'max_loss'] as const
const BLANK_LEG = Object.fromEntries(LINK_FIGURES.map((k) => [k, '']))

/** One QoS sample, as read over HTTP or through the SDK. */
export type QosLegs = { [K in (typeof CRC_LEGS)[number][number]]?: unknown }

/** A room system's connector legs carry its own link figures; anyone else's legs are blank strings. */
export function assertLegs(sample: QosLegs, viaConnector: boolean, who: string): void {
  for (const [leg, stream] of CRC_LEGS) {
    const own = obj(sample[stream], `${who} ${stream}`)
    const expected = viaConnector ? Object.fromEntries(LINK_FIGURES.map((k) => [k, own[k]])) : BLANK_LEG
    assert.deepEqual(obj(sample[leg], `${who} ${leg}`), expected, `${who} ${leg}`)
  }
  assert.match(str(obj(sample.audio_device_from_crc).bitrate), viaConnector ? /^\d+ kbps$/ : /^$/, who)
}

/** The machine details of a participant row, as the participants and QoS dashboards both carry them. */
export interface MachineDetails {
  domain?: unknown
  mac_addr?: unknown
  harddisk_id?: unknown
}

/** The domain, MAC address and disk id, to compare one answer's with another's. */
export const machine = (p: MachineDetails): unknown[] => [p.domain, p.mac_addr, p.harddisk_id]

/** An account member's computer: the member's email domain, a MAC address and a disk id. */
export function assertMemberMachine(p: MachineDetails, email: string): void {
  assert.equal(p.domain, email.split('@')[1])
  assert.match(str(p.mac_addr), /^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/)
  assert.match(str(p.harddisk_id), /^[0-9A-F]{4}-[0-9A-F]{4}$/)
}

/** A guest's computer, a browser or a room system is not the account's to describe: all three are blank. */
export function assertNoMachine(p: MachineDetails, who: string): void {
  assert.deepEqual(machine(p), ['', '', ''], who)
}
