/** The key of the last submission of a dialog and what was sent with it. */
export type KeyedSubmission = { fingerprint: string; key: string }

/**
 * A random `Idempotency-Key`. Built from getRandomValues, not crypto.randomUUID, because randomUUID exists only
 * in secure contexts and the dashboard may be served over plain http.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")
}

/**
 * The key for sending `body`: the previous key when the same body is sent again (a retry after an error or a lost
 * answer must not move money twice), a new one when the body changed (the routes answer a known key with what
 * they did the first time, so an edited amount under the old key would be ignored).
 */
export function keyForSubmission(
  previous: KeyedSubmission | null,
  body: unknown,
  make: () => string = newIdempotencyKey
): KeyedSubmission {
  const fingerprint = JSON.stringify(body)
  return previous?.fingerprint === fingerprint ? previous : { fingerprint, key: make() }
}
