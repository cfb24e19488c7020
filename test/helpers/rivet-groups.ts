import { usersClient } from './rivet.js'

/** Groups live in rivet's Users module: `client.endpoints.groups`. */
export function groupsClient(origin: string, accessToken: string) {
  return usersClient(origin, accessToken).endpoints.groups
}
