const MAX_ERROR_LENGTH = 2000

/**
 * The text stored in `last_error` for a handler failure: the error's name and message (no stack, no request
 * bodies), cut to a bounded length. Handlers must not put secrets in their messages; this keeps what they say.
 */
export function describeHandlerError(error: unknown): string {
  const text =
    error instanceof Error
      ? `${error.name && error.name !== "Error" ? `${error.name}: ` : ""}${error.message}`
      : typeof error === "string"
        ? error
        : "Unknown error"
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text
}
