const HOUR_MS = 60 * 60 * 1000
/** A flood of failing requests must not grow memory: past this, the oldest entries go first. */
const MAX_ENTRIES = 10_000

export type StripeResponseSummary = {
  errors_last_hour: number
  refused_last_hour: number
  last_error_at: string | null
}

/** Whether Stripe itself had trouble (5xx, rate limited) rather than refusing what the plugin asked. */
export function isStripeTrouble(status: number): boolean {
  return status >= 500 || status === 429
}

/**
 * Stripe's unsuccessful answers of the last hour in this process, as the health route reports them. Fed by the
 * SDK's `response` event (see createStripeClient); successful answers are not kept.
 */
export class StripeResponseLog {
  private readonly entries: { at: number; trouble: boolean }[] = []

  record(status: number, at: number = Date.now()): void {
    if (status < 400) {
      return
    }
    this.entries.push({ at, trouble: isStripeTrouble(status) })
    this.forgetBefore(at - HOUR_MS)
    if (this.entries.length > MAX_ENTRIES) {
      this.entries.splice(0, this.entries.length - MAX_ENTRIES)
    }
  }

  summary(now: number = Date.now()): StripeResponseSummary {
    this.forgetBefore(now - HOUR_MS)
    const errors = this.entries.filter((entry) => entry.trouble)
    return {
      errors_last_hour: errors.length,
      refused_last_hour: this.entries.length - errors.length,
      last_error_at: errors.length ? new Date(errors[errors.length - 1].at).toISOString() : null,
    }
  }

  private forgetBefore(cutoff: number): void {
    const firstKept = this.entries.findIndex((entry) => entry.at >= cutoff)
    this.entries.splice(0, firstKept === -1 ? this.entries.length : firstKept)
  }
}
