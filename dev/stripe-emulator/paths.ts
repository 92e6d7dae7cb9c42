/**
 * Path patterns used by faults and the request log: an exact path, a prefix (`/v1/transfers` matches
 * `/v1/transfers/tr_1/reversals`), or a pattern with `*` wildcards (`/v1/payment_intents/*\/capture`).
 */
export function pathMatches(pattern: string | null | undefined, path: string): boolean {
  if (!pattern) return true
  if (pattern.includes("*")) {
    const re = new RegExp("^" + pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^?]*") + "$")
    return re.test(path)
  }
  const prefix = pattern.endsWith("/") ? pattern : `${pattern}/`
  return path === pattern || path.startsWith(prefix)
}
