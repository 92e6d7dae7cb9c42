import type { PayoutScheduleDocument } from "../../../shared/types/payouts"

export const PAYOUT_INTERVALS = ["manual", "daily", "weekly", "monthly"] as const
export type PayoutInterval = (typeof PAYOUT_INTERVALS)[number]

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** A payout schedule as Stripe stores it in `settings.payouts.schedule`. */
export type PayoutSchedule = {
  interval: string
  delay_days?: number | null
  weekly_anchor?: string | null
  monthly_anchor?: number | null
}

/** The body of `PUT /accounts/:account_id/payouts/schedule` before its rules are checked. */
export type PayoutScheduleInput = {
  interval?: unknown
  weekly_anchor?: unknown
  monthly_anchor?: unknown
  delay_days?: unknown
}

export type PayoutScheduleProblem = { field: keyof PayoutScheduleInput; message: string }

/** Stripe's longest payout delay. */
export const MAX_DELAY_DAYS = 365

/**
 * The rules of a payout schedule update, each problem naming its field and saying why:
 * - `interval` is required and one of manual, daily, weekly, monthly;
 * - `weekly_anchor` is required with weekly, refused with any other interval, and a weekday name;
 * - `monthly_anchor` is required with monthly, refused with any other interval, and an integer 1-31
 *   (29-31 mean the month's last day in shorter months, as at Stripe);
 * - `delay_days` is an integer 0-365 or "minimum" (the country's shortest delay) and is refused with manual
 *   payouts, which have no delay.
 */
export function validatePayoutSchedule(input: PayoutScheduleInput): PayoutScheduleProblem[] {
  const problems: PayoutScheduleProblem[] = []
  const { interval } = input
  if (interval === undefined) {
    problems.push({ field: "interval", message: "interval: is required (manual, daily, weekly or monthly)" })
  } else if (typeof interval !== "string" || !(PAYOUT_INTERVALS as readonly string[]).includes(interval)) {
    problems.push({
      field: "interval",
      message: `interval: must be manual, daily, weekly or monthly, not ${JSON.stringify(interval)}`,
    })
  }
  const intervalName = typeof interval === "string" ? interval : "the given"

  if (input.weekly_anchor !== undefined && input.weekly_anchor !== null) {
    if (interval !== "weekly") {
      problems.push({
        field: "weekly_anchor",
        message: `weekly_anchor: only applies to weekly payouts, not to the ${intervalName} interval`,
      })
    } else if (
      typeof input.weekly_anchor !== "string" ||
      !(WEEKDAYS as readonly string[]).includes(input.weekly_anchor)
    ) {
      problems.push({
        field: "weekly_anchor",
        message: `weekly_anchor: must be a weekday name (monday ... sunday), not ${JSON.stringify(input.weekly_anchor)}`,
      })
    }
  } else if (interval === "weekly") {
    problems.push({
      field: "weekly_anchor",
      message: "weekly_anchor: is required for weekly payouts (the weekday they are paid)",
    })
  }

  if (input.monthly_anchor !== undefined && input.monthly_anchor !== null) {
    if (interval !== "monthly") {
      problems.push({
        field: "monthly_anchor",
        message: `monthly_anchor: only applies to monthly payouts, not to the ${intervalName} interval`,
      })
    } else if (
      !Number.isInteger(input.monthly_anchor) ||
      (input.monthly_anchor as number) < 1 ||
      (input.monthly_anchor as number) > 31
    ) {
      problems.push({
        field: "monthly_anchor",
        message: `monthly_anchor: must be a day of the month from 1 to 31, not ${JSON.stringify(input.monthly_anchor)}`,
      })
    }
  } else if (interval === "monthly") {
    problems.push({
      field: "monthly_anchor",
      message: "monthly_anchor: is required for monthly payouts (the day of the month they are paid)",
    })
  }

  if (input.delay_days !== undefined && input.delay_days !== null) {
    if (interval === "manual") {
      problems.push({ field: "delay_days", message: "delay_days: does not apply to manual payouts" })
    } else if (
      input.delay_days !== "minimum" &&
      (!Number.isInteger(input.delay_days) ||
        (input.delay_days as number) < 0 ||
        (input.delay_days as number) > MAX_DELAY_DAYS)
    ) {
      problems.push({
        field: "delay_days",
        message: `delay_days: must be "minimum" or an integer from 0 to ${MAX_DELAY_DAYS}, not ${JSON.stringify(input.delay_days)}`,
      })
    }
  }
  return problems
}

const DAY_MS = 86_400_000

/**
 * The date (YYYY-MM-DD, UTC) of the next automatic payout under a schedule, strictly after the day of `now`:
 * - manual: null (payouts happen only when requested);
 * - daily: the next day;
 * - weekly: the next `weekly_anchor` weekday after today (a week later when today is that weekday);
 * - monthly: the next `monthly_anchor` day after today, in this month or the next; an anchor past the end of a
 *   short month (29-31) means that month's last day.
 * `delay_days` does not move the date: it decides which funds a payout carries (those that became available
 * at least that many days earlier), not when payouts run. Weekends and bank holidays are not skipped.
 */
export function computeNextPayoutDate(schedule: PayoutSchedule, now: Date): string | null {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  switch (schedule.interval) {
    case "daily":
      return isoDate(today + DAY_MS)
    case "weekly": {
      const anchor = WEEKDAYS.indexOf((schedule.weekly_anchor ?? "monday") as Weekday)
      const weekday = new Date(today).getUTCDay()
      const ahead = (anchor - weekday + 7) % 7 || 7
      return isoDate(today + ahead * DAY_MS)
    }
    case "monthly": {
      const anchor = schedule.monthly_anchor ?? 1
      const year = now.getUTCFullYear()
      const month = now.getUTCMonth()
      const thisMonth = Date.UTC(year, month, Math.min(anchor, daysInMonth(year, month)))
      if (thisMonth > today) {
        return isoDate(thisMonth)
      }
      return isoDate(Date.UTC(year, month + 1, Math.min(anchor, daysInMonth(year, month + 1))))
    }
    default:
      return null
  }
}

export function toPayoutScheduleDocument(schedule: PayoutSchedule, now: Date): PayoutScheduleDocument {
  const anchor =
    schedule.interval === "weekly"
      ? (schedule.weekly_anchor ?? null)
      : schedule.interval === "monthly"
        ? (schedule.monthly_anchor ?? null)
        : null
  return {
    interval: schedule.interval,
    delay_days: schedule.delay_days ?? null,
    anchor_day: anchor,
    next_payout_date: computeNextPayoutDate(schedule, now),
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
