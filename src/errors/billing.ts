import { ZoomError } from './zoom-error.js'

/** Billing: plans, add-ons, invoices and invoice reports. */
export const billingErrors = {
  selfPayMode: () => new ZoomError(400, 2100, 'This sub account is on self pay mode.'),
  invalidBillingField: (field: 'country' | 'state', value: string) =>
    new ZoomError(400, 2100, `Invalid ${field} parameter: ${value}.`),
  subscribePlanFirst: () => new ZoomError(400, 200, 'Please subscribe a plan for this sub account first.'),
  basePlanExists: () => new ZoomError(400, 2100, 'Can only subscribe plans for a sub account that is on a free plan.'),
  addonOnFreePlan: () => new ZoomError(400, 2100, 'Cannot update Additional plan for a subaccount under free plan.'),
  addonExists: (planCode: string) =>
    new ZoomError(400, 2100, `This subaccount already has the additional plan: ${planCode}.`),
  planNotSubscribed: (planCode: string) =>
    new ZoomError(400, 200, `You do not have a "${planCode}" plan subscription.`),
  cancelAddonOnFreePlan: () =>
    new ZoomError(400, 200, 'You cannot cancel an add-on plan for a sub account that is under a Free plan.'),
  cancelBaseOnFreePlan: () => new ZoomError(400, 200, 'Cannot cancel plan for a sub account which is under free plan.'),
  cancelAddonsFirst: () => new ZoomError(400, 200, 'You should first cancel all additional subscriptions.'),
  tooManyPaidUsers: (count: number) =>
    new ZoomError(
      400,
      2100,
      `The account currently has "${count}" paid users. Change the user type to Basic and reduce the number of paid users before performing this action.`,
    ),
  invoiceNotFound: (invoiceId: string) => new ZoomError(400, 2001, `InvoiceId does not exist: ${invoiceId}.`),
  invoiceReportNotFound: (reportId: string) =>
    new ZoomError(400, 2001, `Invoice Report ID does not exist: ${reportId}.`),
  invoiceReportSpan: () =>
    new ZoomError(400, 2100, 'The span of start_time and end_time must be within a month to generate invoice reports.'),
  invoiceReportNoAccounts: () =>
    new ZoomError(400, 2100, 'You must provide at least one sub account for which to generate an invoice report.'),
  invoiceReportUnknownAccounts: (masterId: string) =>
    new ZoomError(
      400,
      10102,
      `One or more of the sub accounts provided were not found under the master account ID: ${masterId}`,
    ),
  renewalsParameter: () => new ZoomError(400, 2100, 'Invalid parameter: interval/page_size.'),
}
