/** The plugin's tables whose rows mirror a Stripe object and carry the time the plugin saw it. */
export type DatedTable = "stripe_connect_payment" | "stripe_connect_refund" | "stripe_connect_payout" | "stripe_connect_transfer"

/** A stored row: its Stripe object's id and the dates the plugin gave it (`captured_at` on payments only). */
export type StoredRecord = {
  table: DatedTable
  id: string
  stripe_id: string
  created_at: Date
  captured_at?: Date | null
}

/** Stripe's times (unix seconds) by object id: `created`, and for payment intents when they succeeded. */
export type StripeTimes = {
  created: Map<string, number>
  captured: Map<string, number>
}

export type DateChange = { table: DatedTable; id: string; column: "created_at" | "captured_at"; value: Date }

const differs = (stored: Date, value: Date) => stored.getTime() !== value.getTime()

/**
 * The dates to set so each record is dated as at Stripe: `created_at` from the object's `created`, a payment's
 * `captured_at` (only where the plugin saw a capture) from when its intent succeeded, else its `created`. Records
 * Stripe does not list are left alone, and a record already dated needs no change, so applying it twice is a no-op.
 */
export function recordDateChanges(records: StoredRecord[], times: StripeTimes): DateChange[] {
  const changes: DateChange[] = []
  for (const record of records) {
    const created = times.created.get(record.stripe_id)
    if (created === undefined) continue
    const createdAt = new Date(created * 1000)
    if (differs(record.created_at, createdAt)) {
      changes.push({ table: record.table, id: record.id, column: "created_at", value: createdAt })
    }
    if (record.captured_at) {
      const capturedAt = new Date((times.captured.get(record.stripe_id) ?? created) * 1000)
      if (differs(record.captured_at, capturedAt)) {
        changes.push({ table: record.table, id: record.id, column: "captured_at", value: capturedAt })
      }
    }
  }
  return changes
}
