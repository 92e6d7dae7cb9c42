import { asValue } from "@medusajs/framework/awilix"
import { logger } from "@medusajs/framework/logger"
import { Migrator } from "@medusajs/framework/migrations"
import { ContainerRegistrationKeys, getResolvedPlugins, mergePluginModules } from "@medusajs/framework/utils"
import {
  clearInstances,
  configLoaderOverride,
  createDatabase,
  dropDatabase,
  initDb,
  migrateDatabase,
  syncLinks,
  TestDatabaseUtils,
} from "@medusajs/test-utils/dist/index.js"

/**
 * Run once by dev/test/run-all.mjs (TEST_TYPE=db-template) before the suites that boot Medusa: migrates the database
 * named in MEDUSA_TEST_DB_TEMPLATE the way medusaIntegrationTestRunner migrates each spec's database (module
 * migrations, then link sync), and stops there, before any app boots. Specs then start from a copy of it
 * (integration-tests/helpers/medusa-test-runner.ts).
 */
const templateName = process.env.MEDUSA_TEST_DB_TEMPLATE ?? ""
const credentials = {
  host: process.env.DB_HOST ?? "localhost",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD ?? "",
}

it("migrates the template database", async () => {
  expect(templateName).not.toBe("")
  const cwd = process.cwd()
  await dropDatabase({ databaseName: templateName }, credentials)
  await createDatabase({ databaseName: templateName, errorIfExist: true }, credentials)
  await configLoaderOverride(cwd, { clientUrl: TestDatabaseUtils.getDatabaseURL(templateName), debug: false })

  const { container, MedusaAppLoader } = await import("@medusajs/framework")
  const appLoader = new MedusaAppLoader({ medusaConfigPath: cwd, cwd })
  const configModule = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  mergePluginModules(configModule, await getResolvedPlugins(cwd, configModule), cwd)
  container.register({ [ContainerRegistrationKeys.LOGGER]: asValue(logger) })

  const pgConnection = await initDb()
  try {
    await new Migrator({ container }).ensureMigrationsTable()
    await migrateDatabase(appLoader)
    await syncLinks(appLoader, cwd, container, logger)
  } finally {
    await clearInstances()
    await pgConnection.destroy()
  }
}, 600_000)
