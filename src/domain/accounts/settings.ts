import type { Services } from '../../services.js';
import { deepMerge, parseJson, type Json } from '../../util/json.js';

/**
 * The account's effective settings: Zoom's defaults with the account's own changes on top. Other groups read
 * their defaults from here (meeting passcode rules, waiting room, recording, password policy).
 */
export interface AccountSettings extends Json {
  schedule_meeting: Json & {
    host_video?: boolean;
    participants_video?: boolean;
    join_before_host?: boolean;
    require_password_for_scheduling_new_meetings?: boolean;
    require_password_for_instant_meetings?: boolean;
    require_password_for_pmi_meetings?: 'all' | 'jbh_only' | 'none';
    meeting_password_requirement?: Json & {
      length?: number;
      have_letter?: boolean;
      have_number?: boolean;
      have_special_character?: boolean;
      only_allow_numeric?: boolean;
      have_upper_and_lower_characters?: boolean;
    };
    mute_upon_entry?: boolean;
    audio_type?: string;
  };
  in_meeting: Json & { waiting_room?: boolean };
  recording: Json & { auto_recording?: string; cloud_recording?: boolean; local_recording?: boolean };
  security: Json & {
    password_requirement?: Json & {
      minimum_password_length?: number;
      have_special_character?: boolean;
      consecutive_characters_length?: number;
      weak_enhance_detection?: boolean;
    };
    waiting_room?: boolean;
  };
}

export const defaultAccountSettings: AccountSettings = {
  schedule_meeting: {
    host_video: false,
    participants_video: false,
    join_before_host: false,
    require_password_for_scheduling_new_meetings: true,
    require_password_for_instant_meetings: true,
    require_password_for_pmi_meetings: 'all',
    meeting_password_requirement: {
      length: 6,
      have_letter: false,
      have_number: false,
      have_special_character: false,
      only_allow_numeric: false,
      have_upper_and_lower_characters: false,
    },
    mute_upon_entry: false,
    audio_type: 'both',
  },
  in_meeting: { waiting_room: true },
  recording: { auto_recording: 'none', cloud_recording: true, local_recording: true },
  security: {
    password_requirement: { minimum_password_length: 8, have_special_character: false, consecutive_characters_length: 0, weak_enhance_detection: false },
    waiting_room: true,
  },
};

/** Stored account changes live in the account row's `data.settings`. */
export async function getAccountSettings(svc: Services, accountId: string): Promise<AccountSettings> {
  const account = await svc.accounts.getCached(accountId);
  const stored = account ? (parseJson<Json>(account.data).settings as Json | undefined) : undefined;
  return stored ? deepMerge(defaultAccountSettings, stored) : defaultAccountSettings;
}
