const { existsSync } = require("node:fs")
const path = require("node:path")

// Medusa's loadEnv reads .env.test and .env; loading @medusajs/framework for it takes seconds in every Jest process
// (run-all.mjs starts one per test file), so only when there is one of them to read.
if ([".env.test", ".env"].some((file) => existsSync(path.join(process.cwd(), file)))) {
  require("@medusajs/framework/utils").loadEnv("test", process.cwd())
}

/**
 * One config, several suites. TEST_TYPE picks the suite, as in Medusa's examples:
 *   unit      pure logic: src/** and dev/** files named *.unit.spec.ts
 *   emulator  the Stripe emulator against Stripe's documented behaviour
 *   modules   the module service against a real PostgreSQL
 *   http      the plugin inside a real Medusa app (medusaIntegrationTestRunner)
 *   cluster   several Medusa processes (servers and a worker) on Redis and one database
 *   e2e       the admin dashboard in a real browser
 *   packaging build, pack and install into a host app
 *   db-template  not a suite: run-all.mjs migrates the template database the Medusa specs' databases are copied from
 * The global setup starts an embedded PostgreSQL (unless DB_HOST is set) and the Stripe emulator, and for `cluster`
 * a throwaway redis-server (unless REDIS_URL is set).
 */
const suites = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.ts", "<rootDir>/dev/**/__tests__/**/*.unit.spec.ts"],
  emulator: ["<rootDir>/dev/stripe-emulator/__tests__/**/*.spec.ts"],
  modules: ["<rootDir>/src/modules/*/__tests__/**/*.spec.ts"],
  http: ["<rootDir>/integration-tests/http/**/*.spec.ts"],
  cluster: ["<rootDir>/integration-tests/cluster/**/*.spec.ts"],
  e2e: ["<rootDir>/integration-tests/e2e/**/*.spec.ts"],
  packaging: ["<rootDir>/integration-tests/packaging/**/*.spec.ts"],
  "db-template": ["<rootDir>/dev/test/db-template.build.ts"],
}

const testType = process.env.TEST_TYPE || "unit"
if (!suites[testType]) {
  throw new Error(`TEST_TYPE must be one of ${Object.keys(suites).join(", ")}; got "${testType}"`)
}

const needsServices = testType !== "unit"

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: "es2021",
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/.medusa/", "<rootDir>/.demo/", "<rootDir>/.test-db/"],
  testMatch: suites[testType],
  // Only the unit suite runs *.unit.spec.ts; fixtures are never tests.
  testPathIgnorePatterns: [
    "/node_modules/",
    "/__fixtures__/",
    "/fixtures/",
    ...(testType === "unit" ? [] : ["\\.unit\\.spec\\.ts$"]),
  ],
  // medusaIntegrationTestRunner copies a migrated template database when run-all.mjs has built one (see there).
  moduleNameMapper: { "^@medusajs/test-utils$": "<rootDir>/integration-tests/helpers/medusa-test-runner.ts" },
  setupFiles: ["<rootDir>/integration-tests/setup/env.js"],
  ...(needsServices
    ? {
        globalSetup: "<rootDir>/integration-tests/setup/global-setup.mjs",
        globalTeardown: "<rootDir>/integration-tests/setup/global-teardown.mjs",
      }
    : {}),
}
