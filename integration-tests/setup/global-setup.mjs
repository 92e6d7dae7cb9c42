// Jest global setup for every suite but `unit`: a PostgreSQL (embedded, unless DB_HOST points at a server)
// and the Stripe emulator on a free loopback port, and for the cluster suite a throwaway Redis (unless REDIS_URL
// is set). The ports reach the tests and medusa-config.ts through env.
import path from "node:path"
import { startEmbeddedPostgres } from "../../dev/support/embedded-postgres.mjs"
import { startRedisServer } from "../../dev/support/redis-server.mjs"
import { startStripeEmulatorProcess } from "../../dev/support/stripe-emulator-process.mjs"

export default async function globalSetup() {
  if (!process.env.DB_HOST) {
    const dataDir = path.resolve(".test-db", `jest-${process.pid}`)
    const postgres = await startEmbeddedPostgres({ dataDir, persistent: false, durable: false })
    process.env.DB_HOST = postgres.host
    process.env.DB_PORT = String(postgres.port)
    process.env.DB_USERNAME = postgres.user
    process.env.DB_PASSWORD = postgres.password
    globalThis.__stripeConnectPostgres = postgres
  }

  if (!process.env.STRIPE_EMULATOR_EXTERNAL) {
    const emulator = await startStripeEmulatorProcess()
    process.env.STRIPE_EMULATOR_PORT = String(emulator.port)
    process.env.STRIPE_EMULATOR_URL = emulator.url
    globalThis.__stripeConnectEmulator = emulator
  }

  if (process.env.TEST_TYPE === "cluster" && !process.env.REDIS_URL) {
    const redis = await startRedisServer()
    process.env.REDIS_URL = redis.url
    globalThis.__stripeConnectRedis = redis
  }
}
