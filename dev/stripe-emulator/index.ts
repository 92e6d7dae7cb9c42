import { createServer, Server } from "node:http"
import { AddressInfo } from "node:net"
import { Emulator } from "./context"
import { createControls } from "./controls"
import { buildRouter } from "./routes"
import { createRequestHandler } from "./server"
import { emulatorControls, EmulatorControls } from "./control-client"

export { Emulator } from "./context"
export { signatureHeader } from "./signature"
export type { WebhookConfig, DeliveryAttempt } from "./webhooks"
export type { LoggedRequest } from "./request-log"
export type { FaultSpec, Fault } from "./faults"
export { emulatorControls, EmulatorControlError } from "./control-client"
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
  close(): Promise<void>
}

/** Starts a Stripe emulator over plain HTTP on loopback. */
export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<RunningStripeEmulator> {
  const host = options.host ?? "127.0.0.1"
  const em = new Emulator()
  if (options.webhookRetryDelaysMs) em.webhooks.setDefaultRetryDelays(options.webhookRetryDelaysMs)
  const router = buildRouter()
  const server: Server = createServer(createRequestHandler(em, router, createControls(em), options.apiKey))
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
    close: async () => {
      if (closed) return
      closed = true
      em.webhooks.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
