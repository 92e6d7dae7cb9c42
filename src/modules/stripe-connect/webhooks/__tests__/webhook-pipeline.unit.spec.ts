import type { Logger } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { NewWebhookEventRow } from "../event-row"
import { WebhookPipeline, type WebhookWorkerMode } from "../webhook-pipeline"

const row = (stripeEventId: string): NewWebhookEventRow => ({
  stripe_event_id: stripeEventId,
  endpoint: "platform",
  account: null,
  account_key: "platform",
  type: "payout.paid",
  livemode: false,
  api_version: null,
  stripe_created_at: new Date(0),
  payload_json: "{}",
  related_object_ids: [],
  status: "pending",
  last_error: null,
})

/** A pipeline whose statements store every row not seen before; records what it notified and processed. */
function pipelineIn(workerMode: WebhookWorkerMode) {
  const stored = new Set<string>()
  const statements: string[][] = []
  const notified: number[] = []
  const warnings: string[] = []
  const pipeline = new WebhookPipeline({
    workerMode,
    knex: {} as Knex,
    insertMany: async (rows) => (
      statements.push(rows.map((r) => r.stripe_event_id)),
      rows.map((r) =>
        stored.has(r.stripe_event_id) ? null : (stored.add(r.stripe_event_id), `id_${r.stripe_event_id}`)
      )
    ),
    findPending: async () => [],
    notifyPending: async () => void notified.push(1),
    logger: { warn: (message: string) => void warnings.push(message) } as unknown as Logger,
  })
  return { pipeline, notified, warnings, statements }
}

describe("WebhookPipeline", () => {
  it("should hand new events to the connected processor on a shared instance, and duplicates to nobody", async () => {
    const { pipeline, notified } = pipelineIn("shared")
    const processed = new Promise<string[]>((resolve) => pipeline.connectProcessor(async (ids) => resolve(ids)))
    pipeline.connectProcessor(async () => {
      throw new Error("the first processor connected stays")
    })
    const answers = await Promise.all([pipeline.receive(row("evt_1")), pipeline.receive(row("evt_1"))])
    expect(answers).toEqual(["id_evt_1", null])
    await expect(processed).resolves.toEqual(["id_evt_1"])
    expect(notified).toEqual([])
    await pipeline.stop()
  })

  it("should store a rejected event without handing it to processing", async () => {
    const { pipeline } = pipelineIn("shared")
    const calls: string[][] = []
    pipeline.connectProcessor(async (ids) => void calls.push(ids))
    const rejected = { ...row("evt_rejected"), status: "rejected" as const, last_error: "another account" }
    expect(await pipeline.receive(rejected)).toBe("id_evt_rejected")
    await pipeline.stop()
    expect(calls).toEqual([])
  })

  it("should store a malformed (failed) event in a statement of its own, never with the others", async () => {
    const { pipeline, statements } = pipelineIn("server")
    const malformed = { ...row("malformed_1"), status: "failed" as const, last_error: "Not a Stripe event" }
    await Promise.all([pipeline.receive(row("evt_a")), pipeline.receive(malformed), pipeline.receive(row("evt_b"))])
    await pipeline.stop()
    expect(statements).toContainEqual(["malformed_1"])
    expect(statements.filter((ids) => ids.includes("malformed_1"))).toEqual([["malformed_1"]])
    expect(statements.flat().sort()).toEqual(["evt_a", "evt_b", "malformed_1"])
  })

  it("should only notify the workers on a server instance", async () => {
    const { pipeline, notified } = pipelineIn("server")
    const calls: string[][] = []
    pipeline.connectProcessor(async (ids) => void calls.push(ids))
    expect(await pipeline.receive(row("evt_2"))).toBe("id_evt_2")
    await pipeline.stop()
    expect(notified).toEqual([1])
    expect(calls).toEqual([])
    expect(pipeline.processingState()).toEqual({ waiting: 0, running: 0 })
  })

  it("should leave listening and draining to worker instances", async () => {
    const { pipeline, warnings } = pipelineIn("shared")
    await pipeline.drainPending()
    await pipeline.stop()
    // A shared instance never touches the (here unusable) connection: trying to LISTEN would have warned.
    expect(warnings).toEqual([])
  })

  it("should hand a server instance's new events to the workers through the connected dispatcher, not NOTIFY", async () => {
    const { pipeline, notified } = pipelineIn("server")
    const processed: string[][] = []
    const dispatched: string[][] = []
    pipeline.connectProcessor(async (ids) => void processed.push(ids))
    pipeline.connectDispatcher(async (ids) => void dispatched.push(ids))
    await Promise.all([pipeline.receive(row("evt_d1")), pipeline.receive(row("evt_d1"))])
    await pipeline.stop()
    expect(dispatched).toEqual([["id_evt_d1"]])
    expect(notified).toEqual([])
    expect(processed).toEqual([])
  })

  it("should log a lost dispatch and leave the events to the retry job", async () => {
    const { pipeline, warnings } = pipelineIn("server")
    let dispatched: () => void = () => undefined
    const attempted = new Promise<void>((resolve) => (dispatched = resolve))
    pipeline.connectDispatcher(async () => {
      dispatched()
      throw new Error("Redis is down")
    })
    expect(await pipeline.receive(row("evt_lost"))).toBe("id_evt_lost")
    await attempted
    await pipeline.stop()
    await new Promise((resolve) => setImmediate(resolve))
    expect(warnings).toEqual([expect.stringContaining("Redis is down")])
  })

  it("should process a batch the bus brought at once, and not listen on a worker whose servers use the bus", async () => {
    const { pipeline, warnings } = pipelineIn("worker")
    const processed: string[][] = []
    pipeline.connectProcessor(async (ids) => void processed.push(ids))
    pipeline.connectDispatcher(async () => undefined)
    await pipeline.processNow(["id_a", "id_b"])
    expect(processed).toEqual([["id_a", "id_b"]])
    await pipeline.drainPending()
    await pipeline.stop()
    // Listening would have used the (here unusable) connection and warned.
    expect(warnings).toEqual([])
  })
})
