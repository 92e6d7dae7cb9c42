import { createServer, Server } from "node:http"
import { AddressInfo } from "node:net"
import { Emulator } from "./context"
import { createControls } from "./controls"
import { buildRouter } from "./routes"
import { createRequestHandler } from "./server"
import { emulatorControls, EmulatorControls } from "./control-client"
import { StatePersister } from "./state-persister"

export { Emulator } from "./context"
export { signatureHeader } from "./signature"
export type { WebhookConfig, DeliveryAttempt } from "./webhooks"
export type { LoggedRequest } from "./request-log"
export type { FaultSpec, Fault } from "./faults"
export { emulatorControls, EmulatorControlError } from "./control-client"
export { StateFileError } from "./state-file"
export type { EmulatorControls } from "./control-client"

export interface StripeEmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** When set, only this secret key (and OAuth access tokens the emulator issued) is accepted. */
  apiKey?: string
  /** Webhook retry delays in ms (attempts = delays + 1); default 200, 1000, 5000, 15000. */
  webhookRetryDelaysMs?: number[]
  /**
   * Keeps the whole state in this JSON file: loaded at start (a missing file is an empty Stripe; an unreadable one
   * rejects with a StateFileError naming it), written shortly after changes and on close.
   */
  stateFile?: string
  /** How long after a change the state file is written (default 250 ms). */
  stateSaveDelayMs?: number
}

export interface RunningStripeEmulator {
  /** `http://host:port` */
  url: string
  host: string
  port: number
  /** Direct access to the state, the clock, the ledger, events and webhooks (same as the control routes). */
  emulator: Emulator
  /** Options for `new Stripe(key, ...)` that point the SDK at this emulator. */
  stripeConfig: { host: string; port: number; protocol: "http" }
  /** Typed client for the `/_emulator/*` control routes of this emulator. */
  controls: EmulatorControls
  /** Clears all state (same as POST /_emulator/reset). */
  reset(): void
  /** Waits until scheduled webhook deliveries have been attempted (bounded). */
  webhooksIdle(timeoutMs?: number): Promise<void>
  /** Writes the state file now (no-op without `stateFile`). */
  saveState(): void
  /** Stops the server; with `stateFile`, writes the final state first. */
  close(): Promise<void>
}

/** Starts a Stripe emulator over plain HTTP on loopback. */
export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<RunningStripeEmulator> {
  const host = options.host ?? "127.0.0.1"
  const em = new Emulator()
  if (options.webhookRetryDelaysMs) em.webhooks.setDefaultRetryDelays(options.webhookRetryDelaysMs)
  const persister = options.stateFile
    ? new StatePersister(em, options.stateFile, options.stateSaveDelayMs, (err) =>
        process.stderr.write(`stripe-emulator: could not write ${options.stateFile}: ${err instanceof Error ? err.message : String(err)}\n`)
      )
    : null
  persister?.load()
  const router = buildRouter()
  const server: Server = createServer(
    createRequestHandler(em, router, createControls(em), options.apiKey, persister ? (method, path) => persister.afterRequest(method, path) : undefined)
  )
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  const url = `http://${host}:${port}`
  em.baseUrl = url
  let closed = false
  return {
    url,
    host,
    port,
    emulator: em,
    stripeConfig: { host, port, protocol: "http" },
    controls: emulatorControls(url),
    reset: () => em.reset(),
    webhooksIdle: (timeoutMs?: number) => em.webhooks.idle(timeoutMs),
    saveState: () => persister?.save(),
    close: async () => {
      if (closed) return
      closed = true
      persister?.close()
      em.webhooks.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
