import { ZoomError } from './zoom-error.js'

/** Tracking fields. */
export const trackingFieldErrors = {
  trackingFieldPlan: () =>
    new ZoomError(400, 200, 'Tracking fields are only available for Business, Education, API or higher plans.'),
  trackingFieldNotFound: (fieldId: string) => new ZoomError(404, 5110, `Tracking field does not exist: ${fieldId}.`),
  trackingFieldExists: () => new ZoomError(400, 200, 'Tracking field already exists.'),
  trackingFieldUndefined: (field: string) =>
    new ZoomError(400, 300, `Tracking field is not defined in this account: ${field}.`),
  trackingFieldRequired: (field: string) => new ZoomError(400, 300, `Tracking field is required: ${field}.`),
}
