/**
 * The small HTML page the OAuth callback answers with when it does not redirect: a refused state, a declined
 * authorization or a failed code exchange. Every value is escaped; no token or code is ever shown.
 */
export function renderOAuthResultPage(input: { title: string; message: string; backUrl?: string }): string {
  const back = input.backUrl ? `<p><a href="${escapeHtml(input.backUrl)}">Back to the Stripe integration</a></p>` : ""
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">',
    `<title>${escapeHtml(input.title)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem">',
    `<h1>${escapeHtml(input.title)}</h1>`,
    `<p>${escapeHtml(input.message)}</p>`,
    back,
    "</body></html>",
  ].join("\n")
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}
