import { ZoomError } from './zoom-error.js'

/** Accounts: master and sub accounts and their options. */
export const accountErrors = {
  accountNotFound: (accountId: string, status: 400 | 404 = 400) =>
    new ZoomError(status, 2001, `Account does not exist: ${accountId}`),
  emailAlreadyUsed: (email: string) => new ZoomError(409, 1005, `Email "${email}" has already been used.`),
  inviteDailyLimit: (limit: number) =>
    new ZoomError(
      429,
      429,
      `You have exceeded the daily rate limit (${limit}) of user invite requests permitted for this account. You may resume these requests at GMT 00:00:00.`,
    ),
  subAccountPassword: (kind: 'repeated' | 'consecutive') =>
    new ZoomError(
      400,
      1111,
      kind === 'repeated'
        ? 'Password should not contain repeated characters such as "aaaaaa".'
        : 'Password should not contain consecutive characters such as "abc" or "123".',
    ),
  accountTransferDisabled: () =>
    new ZoomError(400, 11101, 'Account transfer disabled. Please remove the transfer token and try again.'),
  paidAccountNotDisassociable: () => new ZoomError(404, 2000, 'You cannot disassociate a paid account.'),
  invalidDomains: () =>
    new ZoomError(
      400,
      300,
      'The domains provided are invalid. If you are providing multiple domains, separate each domain with a comma.',
    ),
}
