import type { Services } from '../../services.js'
import { groupIdsOfMany, UserMemberships } from '../groups/membership.js'
import { imGroupIdsOfMany } from '../im-groups/im-group.service.js'
import { roleNameOf } from '../roles/role.service.js'
import type { User } from './user.service.js'
import { isoSeconds } from '../../util/time.js'

const iso = (ms: number | undefined) => (ms === undefined ? undefined : isoSeconds(ms))

/** What GET /users/{userId} shows beyond the user's own row. */
export interface UserRelations {
  role_name: string
  group_ids: string[]
  im_group_ids: string[]
}

/** The role's name (a custom role's too) and the user's groups (primary first) and IM groups. */
export async function userRelations(svc: Services, user: User): Promise<UserRelations> {
  const [role_name, ids] = await Promise.all([
    roleNameOf(svc, user.account_id, user.role_id),
    svc.use(UserMemberships).repo.groupIdsOf(user.account_id, user.id),
  ])
  return { role_name, ...ids }
}

/** `group_ids` and `im_group_ids` of a page of users: one query per kind, whatever the page size. */
export async function groupIdsOfPage(
  svc: Services,
  accountId: string,
  users: User[],
): Promise<Map<string, { group_ids: string[]; im_group_ids: string[] }>> {
  const ids = users.map((u) => u.id)
  const [groups, imGroups] = await Promise.all([
    groupIdsOfMany(svc, accountId, ids),
    imGroupIdsOfMany(svc, accountId, ids),
  ])
  return new Map(ids.map((id) => [id, { group_ids: groups.get(id) ?? [], im_group_ids: imGroups.get(id) ?? [] }]))
}

/** A user as GET /users/{userId} shows it. */
export function presentUser(svc: Services, user: User, accountNumber: number | undefined, rel: UserRelations) {
  const d = user.doc
  const origin = svc.config.publicUrl
  return {
    id: user.id,
    // Zoom documents that a user who has not accepted the invitation reads with the time of the request here;
    // user_created_at keeps the real creation time.
    created_at: iso(user.status === 'pending' ? svc.clock.now() : user.created_at),
    dept: d.dept ?? '',
    email: user.email,
    first_name: d.first_name ?? '',
    last_name: d.last_name ?? '',
    display_name: d.display_name ?? '',
    last_client_version: d.last_client_version,
    last_login_time: iso(d.last_login_time),
    pmi: d.pmi,
    role_name: rel.role_name,
    timezone: d.timezone ?? '',
    type: user.type as 1 | 2 | 4 | 99,
    use_pmi: d.use_pmi ?? false,
    account_id: user.account_id,
    account_number: accountNumber,
    cms_user_id: d.cms_user_id ?? '',
    company: d.company ?? '',
    user_created_at: iso(user.created_at),
    custom_attributes: d.custom_attributes,
    employee_unique_id: d.employee_unique_id,
    group_ids: rel.group_ids,
    im_group_ids: rel.im_group_ids,
    jid: d.jid,
    job_title: d.job_title ?? '',
    language: d.language ?? 'en-US',
    location: d.location ?? '',
    login_types: d.login_types,
    manager: d.manager,
    personal_meeting_url: `${origin}/j/${d.pmi}`,
    phone_country: d.phone_country ?? '',
    phone_number: d.phone_number ?? '',
    // Zoom verifies a number by a code it sends to the phone; this server sends none, so no number is verified.
    phone_numbers: d.phone_numbers?.map((p) => ({
      code: p.code,
      country: p.country,
      label: p.label,
      number: p.number,
      verified: false,
    })),
    pic_url: svc.users.picUrl(user),
    plan_united_type: d.plan_united_type,
    pronouns: d.pronouns,
    pronouns_option: d.pronouns_option as 1 | 2 | 3 | undefined,
    role_id: user.role_id,
    status: user.status as 'active' | 'inactive' | 'pending',
    vanity_url: d.vanity_name ? `${origin}/my/${d.vanity_name}` : undefined,
    verified: d.verified,
    cluster: 'local',
    zoom_one_type: d.zoom_one_type,
  }
}

/**
 * A user as an entry of GET /users shows it. Zoom leaves the id out for pending users, and shows custom
 * attributes only on request and only to users that have some; the host key only on request.
 */
export function presentUserListItem(
  svc: Services,
  user: User,
  include: string | undefined,
  ids: { group_ids: string[]; im_group_ids: string[] },
) {
  const d = user.doc
  return {
    id: user.status === 'pending' ? undefined : user.id,
    user_created_at: iso(user.created_at),
    created_at: iso(user.created_at),
    custom_attributes: include === 'custom_attributes' && d.custom_attributes?.length ? d.custom_attributes : undefined,
    host_key: include === 'host_key' ? d.host_key : undefined,
    dept: d.dept ?? '',
    email: user.email,
    employee_unique_id: d.employee_unique_id,
    first_name: d.first_name ?? '',
    last_name: d.last_name ?? '',
    display_name: d.display_name ?? '',
    group_ids: ids.group_ids,
    im_group_ids: ids.im_group_ids,
    last_client_version: d.last_client_version,
    last_login_time: iso(d.last_login_time),
    plan_united_type: d.plan_united_type,
    pmi: d.pmi,
    role_id: user.role_id,
    status: user.status as 'active' | 'inactive' | 'pending',
    timezone: d.timezone ?? '',
    type: user.type as 1 | 2 | 4 | 99,
    verified: d.verified,
    language: d.language ?? 'en-US',
    phone_number: d.phone_number ?? '',
    pic_url: svc.users.picUrl(user),
  }
}
