import { errorText } from "../errors/error-text"

const MAX_ERROR_LENGTH = 2000

/**
 * The text stored in `last_error` for a handler failure: the error's name and message (no stack, no request
 * bodies), also of an error a workflow rethrew serialized (`errorText`), cut to a bounded length. Handlers must
 * not put secrets in their messages; this keeps what they say.
 */
export function describeHandlerError(error: unknown): string {
  const { name, message } = errorText(error)
  const text = name ? `${name}: ${message}` : message
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text
}
