import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { Emulator } from "./context"
import type { WebhookConfig, DeliveryAttempt } from "./webhooks"
import type { StoredResponse } from "./idempotency"
import type { Fault } from "./faults"
import { API_VERSION } from "./events"
import { bindRefs, encodeValue } from "./state-codec"

export const STATE_FILE_VERSION = 1

/**
 * What the state file holds. The store (every scope and collection: objects, events, balance transactions, webhook
 * endpoints) is the bulk; the rest is what lives beside it. Every Map or Set the Emulator itself holds (OAuth codes
 * and tokens today) is saved by its property name, so a new one is kept without listing it here.
 * Injected faults are kept with what is left of their count, so a failure set up on purpose (the demo's failed
 * webhook event) outlasts a restart. Not kept: the request log, queued webhook deliveries and scheduled retries.
 */
export interface EmulatorStateFile {
  version: number
  api_version: string
  saved_at: string
  clock_offset_seconds: number
  store: Record<string, Record<string, unknown[]>>
  webhooks: {
    secrets: Array<[string, string]>
    connect_flags: Array<[string, boolean]>
    config: WebhookConfig
    attempts: DeliveryAttempt[]
  }
  idempotency: Array<{ key: string; fingerprint: string; response: unknown }>
  /** Optional: files written before faults were kept have none. */
  faults?: Array<Pick<Fault, "status" | "delayMs" | "method" | "path" | "remaining">>
  maps: Record<string, Array<[unknown, unknown]>>
  sets: Record<string, unknown[]>
}

/** Emulator properties saved by hand above, or deliberately not saved (derived from the store, or per run). */
export const EXPLICIT_STATE_PARTS = ["store", "clock", "webhooks", "idempotency", "faults"] as const
export const TRANSIENT_STATE_PARTS = ["ledger", "events", "log", "baseUrl"] as const

/** The clock's offset from wall time, read so that a second boundary between the two readings cannot skew it. */
function clockOffset(em: Emulator): number {
  for (;;) {
    const before = Math.floor(Date.now() / 1000)
    const now = em.clock.now()
    if (Math.floor(Date.now() / 1000) === before) return now - before
  }
}

function ownCollections(em: Emulator): Array<[string, Map<unknown, unknown> | Set<unknown>]> {
  return Object.entries(em).filter((e): e is [string, Map<unknown, unknown> | Set<unknown>] => e[1] instanceof Map || e[1] instanceof Set)
}

export function snapshotState(em: Emulator): EmulatorStateFile {
  const encode = (v: unknown) => encodeValue(em.store, v, false)
  const maps: EmulatorStateFile["maps"] = {}
  const sets: EmulatorStateFile["sets"] = {}
  for (const [name, value] of ownCollections(em)) {
    if (value instanceof Map) maps[name] = [...value.entries()].map(([k, v]) => [encode(k), encode(v)])
    else sets[name] = [...value].map(encode)
  }
  return {
    version: STATE_FILE_VERSION,
    api_version: API_VERSION,
    saved_at: new Date().toISOString(),
    clock_offset_seconds: clockOffset(em),
    store: em.store.dump(),
    webhooks: {
      secrets: [...em.webhooks.secrets.entries()],
      connect_flags: [...em.webhooks.connectFlags.entries()],
      config: em.webhooks.config,
      attempts: em.webhooks.attempts,
    },
    idempotency: em.idempotency.completed().map((e) => ({ ...e, response: encode(e.response) })),
    faults: em.faults.active().map(({ status, delayMs, method, path, remaining }) => ({ status, delayMs, method, path, remaining })),
    maps,
    sets,
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v)

/** Checks the parts restoreState reads; returns what is wrong, or null. */
function shapeProblem(state: unknown): string | null {
  if (!isRecord(state)) return "it is not a JSON object"
  if (state.version !== STATE_FILE_VERSION) return `its version is ${JSON.stringify(state.version)}, not ${STATE_FILE_VERSION}`
  if (typeof state.clock_offset_seconds !== "number") return "clock_offset_seconds is missing"
  if (!isRecord(state.store)) return "store is missing"
  for (const [scope, kinds] of Object.entries(state.store)) {
    if (!isRecord(kinds)) return `store.${scope} is not an object`
    for (const [kind, list] of Object.entries(kinds)) if (!Array.isArray(list)) return `store.${scope}.${kind} is not a list`
  }
  const w = state.webhooks
  if (!isRecord(w) || !Array.isArray(w.secrets) || !Array.isArray(w.connect_flags) || !isRecord(w.config) || !Array.isArray(w.attempts)) {
    return "webhooks is incomplete"
  }
  if (!Array.isArray(state.idempotency) || !isRecord(state.maps) || !isRecord(state.sets)) return "idempotency, maps or sets is missing"
  if (state.faults !== undefined && !Array.isArray(state.faults)) return "faults is not a list"
  return null
}

/** Replaces the emulator's state with a snapshot (after a reset, so nothing of the current run is left). */
export function restoreState(em: Emulator, state: EmulatorStateFile): void {
  em.reset()
  em.store.load(state.store)
  em.clock.advance(state.clock_offset_seconds)
  for (const [id, secret] of state.webhooks.secrets) em.webhooks.secrets.set(id, secret)
  for (const [id, flag] of state.webhooks.connect_flags) em.webhooks.connectFlags.set(id, flag)
  em.webhooks.config = { ...em.webhooks.config, ...state.webhooks.config }
  em.webhooks.attempts.push(...state.webhooks.attempts)
  em.idempotency.restore(state.idempotency.map((e) => ({ ...e, response: bindRefs(em.store, e.response) as StoredResponse })))
  for (const f of state.faults ?? []) {
    em.faults.add({ status: f.status ?? undefined, delay_ms: f.delayMs, count: f.remaining, method: f.method ?? undefined, path: f.path ?? undefined })
  }
  const collections = new Map(ownCollections(em))
  for (const [name, entries] of Object.entries(state.maps)) {
    const target = collections.get(name)
    if (target instanceof Map) for (const [k, v] of entries) target.set(bindRefs(em.store, k), bindRefs(em.store, v))
  }
  for (const [name, values] of Object.entries(state.sets)) {
    const target = collections.get(name)
    if (target instanceof Set) for (const v of values) target.add(bindRefs(em.store, v))
  }
}

/** The error for a state file that cannot be used; it names the file and says how to start afresh. */
export class StateFileError extends Error {
  constructor(file: string, reason: string) {
    super(`Stripe emulator state file ${file} cannot be loaded: ${reason}. Fix or delete it to start with an empty Stripe.`)
    this.name = "StateFileError"
  }
}

/** Loads `file` into the emulator. A missing file is a fresh start (returns false); a bad one throws StateFileError. */
export function loadStateFile(em: Emulator, file: string): boolean {
  if (!existsSync(file)) return false
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"))
  } catch (err) {
    throw new StateFileError(file, err instanceof Error ? err.message : String(err))
  }
  const problem = shapeProblem(parsed)
  if (problem) throw new StateFileError(file, problem)
  try {
    restoreState(em, parsed as EmulatorStateFile)
  } catch (err) {
    em.reset()
    throw new StateFileError(file, err instanceof Error ? err.message : String(err))
  }
  return true
}

/** Writes the snapshot next to `file` and renames it over, so a reader never sees half a file. */
export function writeStateFile(em: Emulator, file: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, JSON.stringify(snapshotState(em)))
  renameSync(temp, file)
}
