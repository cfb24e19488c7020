import { errors } from '../../errors/catalog.js';
import type { Json } from '../../util/json.js';
import { MEETING_AUTHENTICATION_OPTIONS, RECORDING_AUTHENTICATION_OPTIONS } from './settings.defaults.js';

/**
 * Applies one `authentication_option` change (update, show or hide) to a layer's own overrides of the
 * authentication options it inherits. Shared by user and group settings.
 */
export function applyAuthenticationOptionChange(
  kind: 'meeting' | 'recording',
  options: Json[],
  overrides: Record<string, Json> | undefined,
  change: Json,
): Record<string, Json> {
  const target = options.find((o) => o.id === change.id);
  if (!target) throw errors.badRequest('Invalid parameter: authentication_option.id');
  const allowed = (kind === 'meeting' ? MEETING_AUTHENTICATION_OPTIONS : RECORDING_AUTHENTICATION_OPTIONS).map((o) => o.type as string);
  if (change.type !== undefined && !allowed.includes(change.type as string)) {
    throw errors.validation([{ field: 'authentication_option.type', message: `Invalid field. Allowed values: ${allowed.join(', ')}.` }]);
  }
  const own: Record<string, Json> = { ...(overrides ?? {}) };
  const id = target.id as string;
  const action = (change.action as string | undefined) ?? 'update';
  if (action === 'show' || action === 'hide') {
    own[id] = { ...(own[id] ?? {}), visible: action === 'show' };
  } else {
    const update: Json = {};
    for (const key of ['name', 'domains', 'type', 'default_option'] as const) if (change[key] !== undefined) update[key] = change[key];
    own[id] = { ...(own[id] ?? {}), ...update };
    // One option is the default: choosing another clears the rest.
    if (change.default_option === true) {
      for (const o of options) if (o.id !== id && o.default_option) own[o.id as string] = { ...(own[o.id as string] ?? {}), default_option: false };
    }
  }
  return own;
}
