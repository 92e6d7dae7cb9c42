import type { DailyFigures } from "../../../shared/types/reports"

/** One aggregated row the database answers: a sum for one series, currency and day. */
export type DailyTotalRow = {
  series: keyof DailyFigures
  currency: string
  date: string
  amount: number
}
