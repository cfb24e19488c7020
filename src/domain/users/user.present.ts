import type { Services } from '../../services.js';
import type { User } from './user.service.js';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));

/** A user as GET /users/{userId} shows it. */
export function presentUser(svc: Services, user: User, accountNumber: number | undefined) {
  const d = user.doc;
  const origin = svc.config.publicUrl;
  return {
    id: user.id,
    created_at: iso(user.created_at),
    dept: d.dept ?? '',
    email: user.email,
    first_name: d.first_name ?? '',
    last_name: d.last_name ?? '',
    display_name: d.display_name ?? '',
    last_client_version: d.last_client_version,
    last_login_time: iso(d.last_login_time),
    pmi: d.pmi,
    role_name: svc.users.roleName(user.role_id),
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
    group_ids: [] as string[],
    im_group_ids: [] as string[],
    jid: d.jid,
    job_title: d.job_title ?? '',
    language: d.language ?? 'en-US',
    location: d.location ?? '',
    login_types: d.login_types,
    manager: d.manager,
    personal_meeting_url: `${origin}/j/${d.pmi}`,
    phone_country: d.phone_country ?? '',
    phone_number: d.phone_number ?? '',
    phone_numbers: d.phone_numbers,
    pic_url: svc.users.picUrl(user),
    plan_united_type: d.plan_united_type as any,
    pronouns: d.pronouns,
    pronouns_option: d.pronouns_option as 1 | 2 | 3 | undefined,
    role_id: user.role_id,
    status: user.status as 'active' | 'inactive' | 'pending',
    vanity_url: d.vanity_name ? `${origin}/my/${d.vanity_name}` : undefined,
    verified: d.verified,
    cluster: 'local',
    zoom_one_type: d.zoom_one_type,
  };
}

/** A user as an entry of GET /users shows it; custom attributes and host key only on request. */
export function presentUserListItem(svc: Services, user: User, include?: string) {
  const d = user.doc;
  return {
    id: user.id,
    user_created_at: iso(user.created_at),
    created_at: iso(user.created_at),
    custom_attributes: include === 'custom_attributes' ? (d.custom_attributes ?? []) : undefined,
    host_key: include === 'host_key' ? d.host_key : undefined,
    dept: d.dept ?? '',
    email: user.email,
    employee_unique_id: d.employee_unique_id,
    first_name: d.first_name ?? '',
    last_name: d.last_name ?? '',
    display_name: d.display_name ?? '',
    group_ids: [] as string[],
    im_group_ids: [] as string[],
    last_client_version: d.last_client_version,
    last_login_time: iso(d.last_login_time),
    plan_united_type: d.plan_united_type as any,
    pmi: d.pmi,
    role_id: user.role_id,
    status: user.status as 'active' | 'inactive' | 'pending',
    timezone: d.timezone ?? '',
    type: user.type as 1 | 2 | 4 | 99,
    verified: d.verified,
    language: d.language ?? 'en-US',
    phone_number: d.phone_number ?? '',
    pic_url: svc.users.picUrl(user),
  };
}
