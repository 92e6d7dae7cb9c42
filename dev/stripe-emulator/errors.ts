/** Stripe's error body and the HTTP statuses Stripe uses for each error type. */
export type StripeErrorType =
  | "invalid_request_error"
  | "card_error"
  | "api_error"
  | "authentication_error"
  | "permission_error"
  | "rate_limit_error"
  | "idempotency_error"

export interface StripeErrorBody {
  error: {
    type: StripeErrorType
    code?: string
    message: string
    param?: string
    decline_code?: string
    doc_url?: string
    payment_intent?: unknown
    charge?: string
  }
}

/** Thrown by handlers; the server turns it into Stripe's error response. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly type: StripeErrorType,
    message: string,
    readonly code?: string,
    readonly param?: string,
    readonly extra: Record<string, unknown> = {}
  ) {
    super(message)
  }

  toBody(): StripeErrorBody {
    const error: StripeErrorBody["error"] = { type: this.type, message: this.message }
    if (this.code) {
      error.code = this.code
      error.doc_url = `https://stripe.com/docs/error-codes/${this.code.replace(/_/g, "-")}`
    }
    if (this.param) error.param = this.param
    Object.assign(error, this.extra)
    return { error }
  }
}

/** The OAuth endpoints answer in their own flat shape. */
export class OAuthError extends Error {
  constructor(readonly statusCode: number, readonly error: string, readonly description: string) {
    super(description)
  }

  toBody(): { error: string; error_description: string } {
    return { error: this.error, error_description: this.description }
  }
}

export const invalidRequest = (message: string, param?: string, code?: string): ApiError =>
  new ApiError(400, "invalid_request_error", message, code ?? (param ? "parameter_invalid" : undefined), param)

export const missingParam = (param: string): ApiError =>
  new ApiError(400, "invalid_request_error", `Missing required param: ${param}.`, "parameter_missing", param)

export const notFound = (kind: string, id: string, param = "id"): ApiError =>
  new ApiError(404, "invalid_request_error", `No such ${kind}: '${id}'`, "resource_missing", param)

export const unknownRoute = (method: string, path: string): ApiError =>
  new ApiError(
    404,
    "invalid_request_error",
    `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`
  )

export const balanceInsufficient = (message: string): ApiError =>
  new ApiError(400, "invalid_request_error", message, "balance_insufficient")

export const unexpectedState = (message: string, param?: string): ApiError =>
  new ApiError(400, "invalid_request_error", message, "unexpected_state", param)
