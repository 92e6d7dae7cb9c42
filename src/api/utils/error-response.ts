import { getHttpResponseFromError } from "@medusajs/framework/http"
import { isStripeConnectError } from "../../modules/stripe-connect/errors/stripe-connect-error"
import { STRIPE_CONNECT_ERRORS, type StripeConnectErrorBody } from "../../types/errors"

export type ErrorResponse = {
  status: number
  body: StripeConnectErrorBody & { param?: string } & Record<string, unknown>
  retryAfterSeconds?: number
}

const CODE_BY_STATUS: Record<number, string> = {
  400: "invalid_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  422: "invalid_request",
  429: "rate_limited",
}

type ZodLikeError = { issues: { path: PropertyKey[]; message: string }[] }

function isZodLikeError(error: unknown): error is ZodLikeError {
  return typeof error === "object" && error !== null && Array.isArray((error as ZodLikeError).issues)
}

/**
 * The body every error of the plugin's routes gets: `{ type, code, message }` with its documented status
 * (docs/api.md#error-codes). Plugin errors carry their code; Medusa's own errors (validation, not found) keep Medusa's
 * status and message and get a code from the status; anything unexpected is a 500 whose message is not disclosed.
 */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (isStripeConnectError(error)) {
    return {
      status: error.status,
      body: {
        ...error.details,
        type: STRIPE_CONNECT_ERRORS[error.errorCode].type,
        code: error.errorCode,
        message: error.message,
        ...(error.param ? { param: error.param } : {}),
      },
      retryAfterSeconds: error.retryAfterSeconds,
    }
  }
  if (isZodLikeError(error)) {
    return {
      status: 400,
      body: {
        type: "invalid_data",
        code: "invalid_request",
        message: error.issues.map(describeIssue).join("; "),
      },
    }
  }
  const { statusCode, body } = getHttpResponseFromError(error)
  const knownCode = statusCode < 500 ? CODE_BY_STATUS[statusCode] : undefined
  return {
    status: statusCode,
    body: {
      type: String(body.type ?? "unknown_error"),
      code: knownCode ?? String(body.code ?? "unknown_error"),
      message: String(body.message ?? "An unknown error occurred."),
      ...(statusCode === 400 && isBodyParserError(error) ? { param: "body" } : {}),
    },
  }
}

/** The JSON body parser's refusals (not JSON, a bare string or number, ...) are about the body as a whole. */
function isBodyParserError(error: unknown): boolean {
  const type = (error as { type?: unknown } | null)?.type
  return typeof type === "string" && type.startsWith("entity.")
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const field = issue.path.map(String).join(".")
  return field ? `${field}: ${issue.message}` : issue.message
}
