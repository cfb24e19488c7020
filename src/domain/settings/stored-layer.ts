import type { Json } from '../../util/json.js'

export type SettingsOption = 'meeting_authentication' | 'recording_authentication' | 'meeting_security'
export type AuthKind = 'meeting' | 'recording'

/** A level's changes to the authentication profiles it sees, by profile id; null: deleted (accounts only). */
export type OptionChanges = Record<string, Json | null>

export interface AuthenticationState {
  enabled?: boolean
  allow_exception?: boolean
  options?: OptionChanges
}

/**
 * What an account, group or user stores: its own changes only. Sections have the shape of the level's GET
 * document; `meeting_security` holds the security fields not mirrored from the sections; `authentication` the
 * level's switches and its changes to the authentication profiles.
 */
export interface StoredLayer extends Json {
  meeting_security?: Json
  authentication?: Partial<Record<AuthKind, AuthenticationState>>
}
