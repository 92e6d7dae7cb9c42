import { z } from "@medusajs/framework/zod"

export const OVERVIEW_MAX_DAYS = 90

/** `GET /overview`: how many UTC days back, today included (default 30, at most 90). */
export const AdminGetOverviewParams = z
  .object({
    days: z.coerce
      .number(`days: must be an integer from 1 to ${OVERVIEW_MAX_DAYS}`)
      .int(`days: must be an integer from 1 to ${OVERVIEW_MAX_DAYS}`)
      .min(1, `days: must be an integer from 1 to ${OVERVIEW_MAX_DAYS}`)
      .max(OVERVIEW_MAX_DAYS, `days: must be an integer from 1 to ${OVERVIEW_MAX_DAYS}`)
      .default(30),
  })
  .strict()
export type AdminGetOverviewParamsType = z.infer<typeof AdminGetOverviewParams>
