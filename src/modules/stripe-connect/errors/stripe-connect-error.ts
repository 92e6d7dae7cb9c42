import { MedusaError } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_ERRORS, type StripeConnectErrorCode } from "../../../types/errors"

const MEDUSA_TYPE_BY_STATUS: Record<number, string> = {
  400: MedusaError.Types.INVALID_DATA,
  401: MedusaError.Types.UNAUTHORIZED,
  403: MedusaError.Types.FORBIDDEN,
  404: MedusaError.Types.NOT_FOUND,
  409: MedusaError.Types.NOT_ALLOWED,
  413: MedusaError.Types.NOT_ALLOWED,
  429: MedusaError.Types.NOT_ALLOWED,
  502: MedusaError.Types.UNEXPECTED_STATE,
  503: MedusaError.Types.UNEXPECTED_STATE,
}

/**
 * An error with one of the API's error codes (docs/api.md#error-codes). It is a MedusaError, so code that does not know
 * the plugin still sees a sensible type; the plugin's error handler answers with `status` and `code` exactly.
 */
export class StripeConnectError extends MedusaError {
  readonly status: number
  readonly errorCode: StripeConnectErrorCode
  readonly param?: string
  readonly retryAfterSeconds?: number
  /** Fields added to the error body beside `type`, `code` and `message` (e.g. the open pay link of a 409). */
  readonly details?: Record<string, unknown>

  constructor(
    code: StripeConnectErrorCode,
    message: string,
    extra: { param?: string; retryAfterSeconds?: number; details?: Record<string, unknown> } = {}
  ) {
    const { status } = STRIPE_CONNECT_ERRORS[code]
    super(MEDUSA_TYPE_BY_STATUS[status] ?? MedusaError.Types.UNEXPECTED_STATE, message, code)
    this.name = "StripeConnectError"
    this.status = status
    this.errorCode = code
    this.param = extra.param
    this.retryAfterSeconds = extra.retryAfterSeconds
    this.details = extra.details
  }
}

export function isStripeConnectError(error: unknown): error is StripeConnectError {
  if (error instanceof StripeConnectError) {
    return true
  }
  // An error thrown inside a workflow step reaches the caller serialized: a plain object with the same own
  // properties (Medusa's orchestrator runs serializeError on step failures). Recognise that shape too, so the
  // error's documented status and code survive a workflow.
  const candidate = error as { name?: unknown; errorCode?: unknown; status?: unknown } | null
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    candidate.name === "StripeConnectError" &&
    typeof candidate.status === "number" &&
    typeof candidate.errorCode === "string" &&
    candidate.errorCode in STRIPE_CONNECT_ERRORS
  )
}
