import { useState } from "react"
import { useI18n } from "../hooks/use-i18n"
import { useUpdatePayoutSchedule, type PayoutScheduleInput } from "../hooks/use-payouts"
import type { PayoutScheduleDocument } from "../lib/types"
import { DrawerForm } from "./drawer-form"
import { InputField } from "./input-field"
import { SelectField } from "./option-select"
import { useFormDialog } from "./use-form-dialog"

const INTERVALS = ["manual", "daily", "weekly", "monthly"]
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

/**
 * Update payout schedule (docs/api.md#update-payout-schedule): interval, anchor day and delay; the API's message is
 * shown if it refuses.
 */
export const PayoutScheduleDrawer = ({
  accountId,
  schedule,
}: {
  accountId: string
  schedule: PayoutScheduleDocument
}) => {
  const { t } = useI18n()
  const dialog = useFormDialog()
  const [interval, setInterval] = useState(schedule.interval)
  const [delayDays, setDelayDays] = useState(schedule.delay_days === null ? "" : String(schedule.delay_days))
  const [weeklyAnchor, setWeeklyAnchor] = useState(
    typeof schedule.anchor_day === "string" ? schedule.anchor_day : "monday"
  )
  const [monthlyAnchor, setMonthlyAnchor] = useState(
    typeof schedule.anchor_day === "number" ? String(schedule.anchor_day) : "1"
  )
  const update = useUpdatePayoutSchedule(accountId)

  const save = () => {
    dialog.setError(null)
    const body: PayoutScheduleInput = { interval }
    if (interval !== "manual" && delayDays.trim()) {
      const days = Number(delayDays.trim())
      if (!Number.isInteger(days) || days < 0) return dialog.setError(t("payouts.schedule.errors.delayDays"))
      body.delay_days = days
    }
    if (interval === "weekly") body.weekly_anchor = weeklyAnchor
    if (interval === "monthly") {
      const day = Number(monthlyAnchor)
      if (!Number.isInteger(day) || day < 1 || day > 31)
        return dialog.setError(t("payouts.schedule.errors.monthlyAnchor"))
      body.monthly_anchor = day
    }
    update.mutate(
      body,
      dialog.callbacks(() => ({ message: t("payouts.schedule.saved") }))
    )
  }

  return (
    <DrawerForm
      dialog={dialog}
      trigger={t("payouts.schedule.edit")}
      title={t("payouts.schedule.title")}
      submitLabel={t("common.save")}
      onSubmit={save}
      isSubmitting={update.isPending}
    >
      <SelectField
        label={t("payouts.interval")}
        value={interval}
        onValueChange={setInterval}
        options={INTERVALS.map((value) => ({ value, label: t(`payouts.schedule.intervals.${value}`) }))}
      />
      {interval === "weekly" && (
        <SelectField
          label={t("payouts.schedule.weekday")}
          value={weeklyAnchor}
          onValueChange={setWeeklyAnchor}
          options={WEEKDAYS.map((value) => ({ value, label: t(`payouts.schedule.weekdays.${value}`) }))}
        />
      )}
      {interval === "monthly" && (
        <InputField
          id="monthly-anchor"
          label={t("payouts.schedule.dayOfMonth")}
          value={monthlyAnchor}
          onChange={setMonthlyAnchor}
        />
      )}
      {interval !== "manual" && (
        <InputField id="delay-days" label={t("payouts.schedule.delay")} value={delayDays} onChange={setDelayDays} />
      )}
    </DrawerForm>
  )
}
