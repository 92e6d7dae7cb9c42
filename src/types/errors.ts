/**
 * Error codes of the API (docs/api.md#error-codes), with their HTTP statuses, plus the plugin's own codes for
 * access control and validation. Every error body is `{ type, code, message }`.
 */
export const STRIPE_CONNECT_ERRORS = {
  invalid_account_type: { status: 400, type: "invalid_request_error" },
  insufficient_balance: { status: 400, type: "invalid_request_error" },
  account_not_onboarded: { status: 401, type: "account_error" },
  account_not_found: { status: 404, type: "not_found" },
  payout_in_progress: { status: 409, type: "conflict" },
  stripe_error: { status: 502, type: "api_error" },
  service_unavailable: { status: 503, type: "api_error" },
  forbidden: { status: 403, type: "forbidden" },
  not_found: { status: 404, type: "not_found" },
  invalid_request: { status: 400, type: "invalid_request_error" },
  conflict: { status: 409, type: "conflict" },
  pay_link_open: { status: 409, type: "conflict" },
  rate_limited: { status: 429, type: "rate_limit_error" },
  payload_too_large: { status: 413, type: "invalid_request_error" },
  integration_not_connected: { status: 400, type: "invalid_request_error" },
  idempotency_error: { status: 400, type: "idempotency_error" },
} as const

export type StripeConnectErrorCode = keyof typeof STRIPE_CONNECT_ERRORS

export type StripeConnectErrorBody = {
  type: string
  code: string
  message: string
}
