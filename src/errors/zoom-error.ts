export interface FieldError {
  field: string
  message: string
}

/** An error that reaches the client as Zoom's `{code, message}` body with the given HTTP status. */
export class ZoomError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message)
    this.name = 'ZoomError'
  }

  toBody(): { code: number; message: string; errors?: FieldError[] } {
    return this.errors
      ? { code: this.code, message: this.message, errors: this.errors }
      : { code: this.code, message: this.message }
  }
}

/** The OAuth endpoint answers in its own shape: `{reason, error}`. */
export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
  ) {
    super(reason)
    this.name = 'OAuthError'
  }
}
