import { Type, type TSchema } from 'typebox'
import type { Json } from '../../util/json.js'
import { GROUPS_PAGING, PAGING } from '../../domain/paging.js'
import { b, e, i, list, o, obj, pageNumber, pageSize, s, strings } from '../kit.js'
import { EtiquettePolicy } from '../accounts/schemas-settings.js'
import {
  GetGroupLockSettingsResponse,
  GetGroupSettingsResponse,
  GroupLockedSettingsBody,
  UpdateGroupSettingsBody,
} from './schemas.gen.js'

// Hand-written where Zoom's current API (as @zoom/rivet types it) is newer than the 2022 document: paginated
// group lists, the settings fields added since, webinar registration settings. Settings schemas are the
// generated ones with those fields added and every `default` removed (Ajv would otherwise fill defaults into
// a PATCH and change settings nobody sent).

export const GroupIdParams = Type.Object({ groupId: Type.String({ minLength: 1 }) })
export const GroupMemberParams = Type.Object({
  groupId: Type.String({ minLength: 1 }),
  memberId: Type.String({ minLength: 1 }),
})
export const GroupAdminParams = Type.Object({
  groupId: Type.String({ minLength: 1 }),
  userId: Type.String({ minLength: 1 }),
})

const Name = s({ maxLength: 128 })

export const ListGroupsQuery = Type.Object({
  page_size: pageSize(GROUPS_PAGING, 'refuse'),
  next_page_token: s(),
})

export const ListGroupsResponse = Type.Object({
  groups: list(Type.Object({ id: s(), name: s(), total_members: i() })),
  total_records: i(),
  next_page_token: s(),
})

export const CreateGroupBody = Type.Object({
  name: Name,
  in_directory: b(),
  directory_privacy: o(e([1, 2, 3] as const)),
})

export const UpdateGroupBody = Type.Object({ name: Name })

const UserRefs = (max: number) => list(Type.Object({ id: s(), email: s() }), { maxItems: max })

/** At most 30 users per request, as Zoom documents. */
export const AddGroupMembersBody = Type.Object({ members: UserRefs(30) })
/** At most 10 admins per request. */
export const AddGroupAdminsBody = Type.Object({ admins: UserRefs(10) })

export const ListGroupAdminsQuery = Type.Object({
  page_size: pageSize(PAGING, 'refuse'),
  next_page_token: s(),
})

export const ListGroupMembersQuery = Type.Object({
  page_size: pageSize(PAGING, 'refuse'),
  page_number: pageNumber(),
  next_page_token: s(),
})

export const UpdateGroupMemberBody = Type.Object({
  action: e(['move', 'set_primary'] as const),
  target_group_id: s(),
})

export const SettingsOptionQuery = Type.Object({
  option: o(e(['meeting_authentication', 'recording_authentication', 'meeting_security'] as const)),
  custom_query_fields: s(),
})

export const UpdateSettingsOptionQuery = Type.Object({
  option: o(e(['meeting_authentication', 'recording_authentication', 'meeting_security'] as const)),
})

export const LockOptionQuery = Type.Object({ option: s() })

// --- settings documents ---

/** A JSON Schema as plain data, as far as the helpers below walk it. */
interface J {
  properties?: Record<string, J>
  [keyword: string]: unknown
}

/** The plain JSON Schema of a TypeBox schema, without `default`s. */
function plain(schema: unknown): J {
  return JSON.parse(JSON.stringify(schema, (key, value) => (key === 'default' ? undefined : value)))
}

/** Adds properties to the object schema at `path` (creating the objects on the way). */
function addAt(schema: J, path: string[], props: Record<string, TSchema>): void {
  let cur = schema
  for (const key of path) {
    cur.properties ??= {}
    cur.properties[key] ??= { type: 'object', properties: {} }
    cur = cur.properties[key]
  }
  cur.properties ??= {}
  Object.assign(cur.properties, plain(Type.Object(props)).properties)
}

const SIGN_LANGUAGES = [
  'American',
  'Chinese',
  'French',
  'German',
  'Japanese',
  'Russian',
  'Brazilian',
  'Spanish',
  'Mexican',
  'British',
] as const
const SPEAK_LANGUAGES = [
  'Chinese (Simplified)',
  'Dutch',
  'English',
  'French',
  'German',
  'Italian',
  'Japanese',
  'Korean',
  'Portuguese',
  'Russian',
  'Spanish',
  'Ukrainian',
] as const
const SPEAK_CODES = ['zh', 'nl', 'en', 'fr', 'de', 'it', 'ja', 'ko', 'pt', 'ru', 'es', 'uk'] as const
const Polling = { require_answers_to_be_anonymous: b(), allow_host_to_upload_image: b() }
const Retention = obj({
  enable: b(),
  retention_period_of_direct_messages_and_group_conversation: s(),
  retention_period_of_channels: s(),
})
const ContactOption = obj({ enable: b(), selected_option: o(e([1, 2, 3, 4] as const)), user_email_addresses: s() })

/** Fields of the current API missing from the 2022 group settings document. */
function addNewerSettings(schema: J): J {
  addAt(schema, ['in_meeting'], {
    allow_users_to_delete_messages_in_meeting_chat: b(),
    meeting_question_answer: b(),
    webinar_group_hd: b(),
    meeting_reactions: b(),
    meeting_reactions_emojis: o(e(['all', 'selected'] as const)),
    allow_host_panelists_to_use_audible_clap: b(),
    webinar_reactions: b(),
    request_permission_to_unmute_participants: b(),
    sign_language_interpretation: obj({
      enable: b(),
      enable_sign_language_interpretation_by_default: b(),
      languages: list(e(SIGN_LANGUAGES)),
      custom_languages: strings(),
    }),
    auto_generated_translation: obj({
      enable: b(),
      language_item_pairList: obj({
        all: b(),
        trans_lang_config: list(
          Type.Object({
            speak_language: obj({ name: o(e(SPEAK_LANGUAGES)), code: o(e(SPEAK_CODES)) }),
            translate_to: obj({
              all: b(),
              language_config: list(Type.Object({ name: o(e(['English'] as const)), code: o(e(['en'] as const)) })),
            }),
          }),
        ),
      }),
    }),
  })
  addAt(schema, ['in_meeting', 'language_interpretation'], {
    enable_language_interpretation_by_default: b(),
    allow_participants_to_speak_in_listening_channel: b(),
    allow_up_to_25_custom_languages_when_scheduling_meetings: b(),
  })
  addAt(schema, ['in_meeting', 'meeting_polling'], Polling)
  addAt(schema, ['in_meeting', 'webinar_polling'], Polling)
  addAt(schema, ['other_options'], {
    webinar_registration_options: obj({
      allow_host_to_enable_join_info: b(),
      allow_host_to_enable_social_share_buttons: b(),
      enable_custom_questions: b(),
    }),
  })
  addAt(schema, ['recording'], {
    smart_recording: obj({ create_recording_highlights: b(), create_smart_chapters: b(), create_next_steps: b() }),
  })
  addAt(schema, ['schedule_meeting'], {
    continuous_meeting_chat: obj({ enable: b(), can_add_external_users: b(), auto_add_invited_external_users: b() }),
  })
  addAt(schema, ['chat'], {
    share_files: obj({ enable: b(), share_option: o(e(['anyone', 'account', 'organization'] as const)) }),
    chat_emojis: obj({ enable: b(), emojis_option: o(e(['all', 'selected'] as const)) }),
    record_voice_messages: b(),
    record_video_messages: b(),
    screen_capture: b(),
    create_public_channels: b(),
    create_private_channels: b(),
    share_links_in_chat: b(),
    schedule_meetings_in_chat: b(),
    set_retention_period_in_cloud: Retention,
    set_retention_period_in_local: Retention,
    allow_users_to_search_others_options: s(),
    allow_users_to_add_contacts: ContactOption,
    allow_users_to_chat_with_others: ContactOption,
    chat_etiquette_tool: obj({
      enable: b(),
      policies: list(EtiquettePolicy),
    }),
    send_data_to_third_party_archiving_service: obj({ enable: b() }),
    translate_messages: b(),
    search_and_send_animated_gif_images: obj({ enable: b() }),
  })
  return schema
}

/** GET /groups/{groupId}/settings: the sections, or one of the `option` documents. */
export const GroupSettingsResponse = Type.Unsafe<Json>(addNewerSettings(plain(GetGroupSettingsResponse)))
/** PATCH /groups/{groupId}/settings. */
export const GroupSettingsBody = Type.Unsafe<Json>(addNewerSettings(plain(UpdateGroupSettingsBody)))

function addNewerLocks(schema: J): J {
  addAt(schema, ['in_meeting'], {
    allow_users_to_delete_messages_in_meeting_chat: b(),
    meeting_question_answer: b(),
    webinar_group_hd: b(),
    sign_language_interpretation: b(),
    webinar_reactions: b(),
    request_permission_to_unmute_participants: b(),
  })
  addAt(schema, ['schedule_meeting'], { continuous_meeting_chat: b() })
  return schema
}

/** GET /groups/{groupId}/lock_settings: `true` marks a locked setting. */
export const GroupLockSettingsResponse = Type.Unsafe<Json>(addNewerLocks(plain(GetGroupLockSettingsResponse)))
export const GroupLockSettingsBody = Type.Unsafe<Json>(addNewerLocks(plain(GroupLockedSettingsBody)))

// --- webinar registration settings ---

// A group's webinar registration settings have the account's shape.
export { RegistrationQuery, RegistrationSettings } from '../accounts/schemas.js'

// --- virtual backgrounds ---

export const VirtualBackgroundUploadBody = Type.Object({
  file: Type.String({ format: 'binary', description: 'A jpg/jpeg or png image, at most 15 MB.' }),
})

export const VirtualBackgroundUploadResponse = Type.Object({
  id: s(),
  is_default: b(),
  name: s(),
  size: i(),
  type: s(),
})

export const DeleteVirtualBackgroundsQuery = Type.Object({ file_ids: s() })
