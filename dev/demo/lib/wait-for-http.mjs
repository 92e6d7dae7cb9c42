// Polls a URL until it answers as expected, for the demo's readiness checks.

/**
 * @param {string} url
 * @param {{ timeoutMs: number, accept?: (response: Response, body: string) => boolean, isAborted?: () => string | null }} options
 * `isAborted` returns a reason to stop waiting (for example "Medusa exited"), or null.
 */
export async function waitForHttp(url, { timeoutMs, accept = (response) => response.ok, isAborted = () => null }) {
  const deadline = Date.now() + timeoutMs
  let lastProblem = "no answer yet"
  while (Date.now() < deadline) {
    const aborted = isAborted()
    if (aborted) throw new Error(`Stopped waiting for ${url}: ${aborted}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      const body = await response.text()
      if (accept(response, body)) return
      lastProblem = `status ${response.status}`
    } catch (error) {
      lastProblem = error?.cause?.code ?? error?.message ?? String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s (${lastProblem})`)
}
