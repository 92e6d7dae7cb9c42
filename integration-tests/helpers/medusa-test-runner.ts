import { randomBytes } from "node:crypto"
import { Client } from "@medusajs/framework/pg"
import * as testUtils from "@medusajs/test-utils/dist/index.js"

/**
 * Jest maps `@medusajs/test-utils` to this file (jest.config.js). Everything is test-utils' own, except that when
 * the test runner (dev/test/run-all.mjs) has migrated a template database once and named it in
 * MEDUSA_TEST_DB_TEMPLATE, `medusaIntegrationTestRunner` starts each spec's database as a copy of it
 * (CREATE DATABASE … TEMPLATE) instead of an empty one, and skips the module migrations test-utils would run on it:
 * the template got exactly those (dev/test/db-template.build.ts), with the same config and env, so a spec sees the
 * same schema either way. A spec that needs another schema would fail on a missing table, not pass.
 */
export * from "@medusajs/test-utils/dist/index.js"

type RunnerOptions = Parameters<typeof testUtils.medusaIntegrationTestRunner>[0]

// Another backend still attached to the template (a copy finishing) makes CREATE DATABASE fail with 55006.
const OBJECT_IN_USE = "55006"

async function createDatabaseFromTemplate(databaseName: string, templateName: string): Promise<void> {
  const client = new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${databaseName}" TEMPLATE "${templateName}"`)
        return
      } catch (error) {
        if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt === 20) throw error
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
      }
    }
  } finally {
    await client.end()
  }
}

type Loader = { runModulesMigrations: (options?: { action?: string }) => Promise<void> }

// test-utils migrates through MedusaAppLoader.runModulesMigrations; for the length of its beforeAll that does nothing.
// Its link sync still runs (it finds every link table there): it also registers the plugin's links for the app.
async function skipMigrationsOnce(): Promise<() => void> {
  const { MedusaAppLoader } = await import("@medusajs/framework")
  const loader = MedusaAppLoader.prototype as unknown as Loader
  const { runModulesMigrations } = loader
  loader.runModulesMigrations = async function (this: Loader, options) {
    if (options && options.action !== "run") return runModulesMigrations.call(this, options)
  }
  return () => {
    loader.runModulesMigrations = runModulesMigrations
  }
}

export function medusaIntegrationTestRunner(options: RunnerOptions): void {
  const templateName = process.env.MEDUSA_TEST_DB_TEMPLATE
  if (!templateName || options.dbName) {
    testUtils.medusaIntegrationTestRunner(options)
    return
  }
  const dbName = `medusa-test-${randomBytes(8).toString("hex")}`
  let restoreMigrations: (() => void) | undefined
  const restore = () => {
    restoreMigrations?.()
    restoreMigrations = undefined
  }
  // Registered before test-utils' own hooks (nested in its describe), so they run first: the copy exists before
  // test-utils' beforeAll (which finds it and, after the spec, drops it as its own), and the migrations come back
  // before the first test.
  beforeAll(async () => {
    await createDatabaseFromTemplate(dbName, templateName)
    restoreMigrations = await skipMigrationsOnce()
  })
  beforeEach(restore)
  afterAll(restore)
  testUtils.medusaIntegrationTestRunner({ ...options, dbName })
}
