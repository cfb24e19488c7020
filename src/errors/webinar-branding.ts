import { ZoomError } from './zoom-error.js'

/** Webinar session branding: the setting that gates it, its limits and unknown item ids. */
export const webinarBrandingErrors = {
  sessionBrandingOff: () => new ZoomError(400, 3000, 'This webinar does not have session branding enabled.'),
  nameTagLimit: (max: number) =>
    new ZoomError(
      400,
      3000,
      `You have reached the limit for the number of name tags you can add for this webinar. The limit is ${max}.`,
    ),
  /** An id (or the list of ids) names no branding item of the webinar. */
  invalidBrandingParameter: (name: string) => new ZoomError(400, 300, `Invalid parameter: ${name}`),
  brandingFileLimit: (max: number) => new ZoomError(400, 120, `A maximum of ${max} files are allowed for a webinar.`),
}
