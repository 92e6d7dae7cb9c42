import { Button, Drawer, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useUpdatePayoutSchedule, type PayoutScheduleInput } from "../hooks/use-payouts"
import { errorMessage } from "../lib/api"
import type { PayoutScheduleDocument } from "../lib/types"

const INTERVALS = ["manual", "daily", "weekly", "monthly"]
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

/** Spec 000 "Update Payout Schedule": interval, anchor day and delay; the API's message is shown if it refuses. */
export const PayoutScheduleDrawer = ({ accountId, schedule }: { accountId: string; schedule: PayoutScheduleDocument }) => {
  const [open, setOpen] = useState(false)
  const [interval, setInterval] = useState(schedule.interval)
  const [delayDays, setDelayDays] = useState(schedule.delay_days === null ? "" : String(schedule.delay_days))
  const [weeklyAnchor, setWeeklyAnchor] = useState(typeof schedule.anchor_day === "string" ? schedule.anchor_day : "monday")
  const [monthlyAnchor, setMonthlyAnchor] = useState(typeof schedule.anchor_day === "number" ? String(schedule.anchor_day) : "1")
  const [error, setError] = useState<string | null>(null)
  const update = useUpdatePayoutSchedule(accountId)

  const save = () => {
    setError(null)
    const body: PayoutScheduleInput = { interval }
    if (interval !== "manual" && delayDays.trim()) {
      const days = Number(delayDays.trim())
      if (!Number.isInteger(days) || days < 0) return setError("delay_days: must be a whole number of days")
      body.delay_days = days
    }
    if (interval === "weekly") body.weekly_anchor = weeklyAnchor
    if (interval === "monthly") {
      const day = Number(monthlyAnchor)
      if (!Number.isInteger(day) || day < 1 || day > 31) return setError("monthly_anchor: must be a day of the month (1-31)")
      body.monthly_anchor = day
    }
    update.mutate(body, {
      onSuccess: () => {
        toast.success("Payout schedule saved")
        setOpen(false)
      },
      onError: (e) => setError(errorMessage(e)),
    })
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Edit schedule
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Payout schedule</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <div className="flex flex-col gap-y-1">
            <Label>Interval</Label>
            <Select value={interval} onValueChange={setInterval}>
              <Select.Trigger aria-label="Interval">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {INTERVALS.map((value) => (
                  <Select.Item key={value} value={value}>
                    {value}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {interval === "weekly" && (
            <div className="flex flex-col gap-y-1">
              <Label>Weekday</Label>
              <Select value={weeklyAnchor} onValueChange={setWeeklyAnchor}>
                <Select.Trigger aria-label="Weekday">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {WEEKDAYS.map((value) => (
                    <Select.Item key={value} value={value}>
                      {value}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          )}
          {interval === "monthly" && (
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="monthly-anchor">Day of the month</Label>
              <Input id="monthly-anchor" value={monthlyAnchor} onChange={(e) => setMonthlyAnchor(e.target.value)} />
            </div>
          )}
          {interval !== "manual" && (
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="delay-days">Delay (days; empty: Stripe's minimum)</Label>
              <Input id="delay-days" value={delayDays} onChange={(e) => setDelayDays(e.target.value)} />
            </div>
          )}
          {error && (
            <Text size="small" className="text-ui-fg-error" role="alert">
              {error}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={save} isLoading={update.isPending}>
            Save
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
