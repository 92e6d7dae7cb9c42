export type LogFields = Record<string, string | number | boolean | null | undefined>

/**
 * A log line with fields a log pipeline can parse, in logfmt (`key=value`, quoted when the value has spaces, quotes
 * or `=`): the plugin's warnings and errors carry `request_id` (Medusa's, as in its access log), `account` and
 * `event_id` this way, since Medusa's logger takes only a message. Fields without a value are left out.
 */
export function withLogFields(message: string, fields: LogFields): string {
  const pairs = Object.entries(fields)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => `${key}=${logfmtValue(String(value))}`)
  return pairs.length ? `${message} ${pairs.join(" ")}` : message
}

function logfmtValue(value: string): string {
  return value === "" || /[\s"=\\]/.test(value) ? JSON.stringify(value) : value
}
