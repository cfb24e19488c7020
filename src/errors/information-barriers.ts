import { ZoomError } from './zoom-error.js'

/** Information barrier policies. */
export const informationBarrierErrors = {
  ibPaidAccountOnly: (accountId: string) => new ZoomError(400, 200, `Only available for Paid account: ${accountId}.`),
  ibPolicyNotFound: (policyId: string) =>
    new ZoomError(404, 404, `Information Barriers policy does not exist: ${policyId}.`),
  ibSameGroup: () => new ZoomError(400, 300, 'The assigned_group_id and to_group_id must be different groups.'),
  groupInIbPolicy: (policyName: string) =>
    new ZoomError(
      400,
      300,
      `The group is used by the Information Barriers policy "${policyName}". Remove it from the policy before deleting the group.`,
    ),
}
