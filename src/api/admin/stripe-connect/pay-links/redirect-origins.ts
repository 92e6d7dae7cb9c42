/**
 * The origins a pay link may send the customer back to: the `payLinks.allowedRedirectOrigins` option when set,
 * otherwise the store's own origins (Medusa's `http.storeCors`, the literal entries; patterns such as `/\.example\.com$/`
 * are not origins and are left out); the plugin's `publicUrl` (the default `success_url`) always.
 */
export function allowedRedirectOrigins(input: {
  configured: string[] | undefined
  storeCors: string | undefined
  publicUrl: string
}): string[] {
  const listed = input.configured ?? (input.storeCors ?? "").split(",")
  const origins = [...listed, input.publicUrl].map(originOf).filter((origin): origin is string => origin !== null)
  return [...new Set(origins)]
}

/**
 * The first of `success_url` and `cancel_url` whose origin is not allowed, with the reason; `null` when both are
 * (or are left out). Only http(s) URLs can be allowed: `javascript:` and the like have no origin.
 */
export function findDisallowedRedirect(
  urls: { success_url?: string; cancel_url?: string },
  allowed: string[]
): { param: "success_url" | "cancel_url"; message: string } | null {
  for (const param of ["success_url", "cancel_url"] as const) {
    const url = urls[param]
    if (url === undefined) continue
    const origin = originOf(url)
    if (origin === null || !allowed.includes(origin)) {
      return {
        param,
        message: `${param}: ${origin ?? "this URL"} is not an allowed redirect origin (allowed: ${allowed.join(", ") || "none"}; see the option payLinks.allowedRedirectOrigins)`,
      }
    }
  }
  return null
}

function originOf(value: string): string | null {
  try {
    const url = new URL(value.trim())
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null
  } catch {
    return null
  }
}
