#!/usr/bin/env node
// Installs the packed plugin into a fresh store on each given Medusa version and runs it the way a store does
// (`npm run check:store`): `npm install` (peers as npm resolves them, no --legacy-peer-deps), `medusa build` (backend
// and admin, whose bundle must carry the plugin's extension), `medusa db:migrate`, `medusa start`, then routes of
// Medusa and of the plugin with an admin token. One line per version says how far it got.
//
// Each store is a folder in the OS temp dir with the packages a store made by create-medusa-app lists, all
// @medusajs packages at one version, plus the plugin's tarball. PostgreSQL is a throwaway embedded one
// (dev/support/embedded-postgres.mjs), Stripe the project's emulator. Opt-in, not part of `npm test`: it needs the
// npm registry and takes several minutes per version (the install and the admin build).
//
//   npm run check:store                           the lowest version the peer range admits, and the developed one
//   npm run check:store -- 2.19.0 2.21.2          these versions
//   TARBALL=path/to.tgz npm run check:store       an existing tarball instead of building and packing
//   KEEP=1 npm run check:store                    keep the temp folder (its path is printed) to look into a failure
import { spawn, spawnSync } from "node:child_process"
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort, startEmbeddedPostgres } from "../support/embedded-postgres.mjs"

const require = createRequire(import.meta.url)
const semver = require("semver")
const { Client } = require("@medusajs/framework/pg")
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"))

const ADMIN_EMAIL = "try-store@example.com"
const ADMIN_PASSWORD = "try-store-secret"
// A string of the plugin's admin (its English translations): present in the store's admin bundle iff the
// extension was built into it.
const ADMIN_MARKER = "Stripe Connect sections"
const GRANT_SCRIPT = `./node_modules/${pkg.name}/.medusa/server/src/scripts/grant-super-admin.js`

const range = pkg.peerDependencies["@medusajs/framework"]
const developed = pkg.devDependencies["@medusajs/framework"]
const requested = process.argv.slice(2).filter((arg) => semver.valid(arg))
const versions = requested.length ? requested : [...new Set([semver.minVersion(range).version, developed])]

const baseEnv = () => {
  const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
  for (const key of ["TEST_TYPE", "NODE_OPTIONS", "DATABASE_URL", "JEST_WORKER_ID", "MEDUSA_ADMIN_DISABLED", "PORT"]) {
    delete env[key]
  }
  return env
}

const tail = (text, lines = 40) => text.trimEnd().split("\n").slice(-lines).join("\n")

/** Every child runs in its own process group, so stopping it stops what it started (vite, workers). */
const children = new Set()
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

function run(command, args, { cwd, env = baseEnv(), timeoutMs = 900_000 }) {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    children.add(child)
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    const timer = setTimeout(() => {
      output += `\n[try-store] killed after ${timeoutMs / 1000} s\n`
      killGroup(child, "SIGKILL")
    }, timeoutMs)
    child.on("error", (error) => (output += `\n${error.message}`))
    child.on("close", (code) => {
      clearTimeout(timer)
      children.delete(child)
      resolve({ code, output, seconds: Math.round((Date.now() - started) / 1000) })
    })
  })
}

function startService(command, args, { cwd, env, readyLine }) {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  children.add(child)
  let output = ""
  let onLine = () => {}
  const collect = (chunk) => {
    output += chunk
    onLine()
  }
  child.stdout.on("data", collect)
  child.stderr.on("data", collect)
  child.on("exit", () => onLine())
  const ready = readyLine
    ? new Promise((resolve, reject) => {
        onLine = () => {
          const match = output.match(readyLine)
          if (match) resolve(match)
          else if (child.exitCode !== null || child.signalCode !== null) reject(new Error(`exited:\n${tail(output)}`))
        }
      })
    : undefined
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        killGroup(child, "SIGKILL")
        children.delete(child)
        return resolve()
      }
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 10_000)
      child.once("exit", () => {
        clearTimeout(timer)
        killGroup(child, "SIGKILL")
        children.delete(child)
        resolve()
      })
      killGroup(child, "SIGTERM")
    })
  return { child, output: () => output, ready, stop }
}

async function pack(workDir) {
  if (process.env.TARBALL) return path.resolve(process.env.TARBALL)
  const build = await run(process.execPath, [path.join(repoRoot, "node_modules/@medusajs/cli/cli.js"), "plugin:build"], {
    cwd: repoRoot,
  })
  if (build.code !== 0) throw new Error(`medusa plugin:build failed:\n${tail(build.output)}`)
  const packed = await run("npm", ["pack", "--json", "--pack-destination", workDir], { cwd: repoRoot })
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${tail(packed.output)}`)
  const [{ filename }] = JSON.parse(packed.output.slice(packed.output.indexOf("[")))
  return path.join(workDir, filename)
}

/** The store's package.json: what create-medusa-app writes (its runtime part), @medusajs packages at `version`. */
function storePackage(version, tarball) {
  return {
    name: `store-medusa-${version}`,
    version: "0.0.1",
    private: true,
    scripts: { build: "medusa build", start: "medusa start" },
    dependencies: {
      "@medusajs/admin-sdk": version,
      "@medusajs/cli": version,
      "@medusajs/framework": version,
      "@medusajs/medusa": version,
      [pkg.name]: `file:${tarball}`,
    },
    devDependencies: {
      "@medusajs/test-utils": version,
      "@swc/core": "^1.7.28",
      "@types/node": "^20.0.0",
      react: "^18.2.0",
      "react-dom": "^18.2.0",
      "ts-node": "^10.9.2",
      typescript: "^5.6.2",
    },
    engines: { node: ">=20" },
  }
}

const STORE_TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
}

/** The README's medusa-config.ts, with Stripe pointed at the emulator and dummy secrets. */
const storeConfig = (emulatorPort) => `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const stripe = { host: "127.0.0.1", port: ${emulatorPort}, protocol: "http" as const }

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
      jwtSecret: "try-store-jwt-secret",
      cookieSecret: "try-store-cookie-secret",
    },
    cookieOptions: { secure: false, sameSite: "lax" },
  },
  plugins: [
    {
      resolve: "${pkg.name}",
      options: {
        apiKey: "sk_test_try_store",
        clientId: "ca_try_store",
        webhookSecrets: { platform: ["whsec_try_store_platform"], connect: ["whsec_try_store_connect"] },
        encryptionKeys: [{ id: "try-store", key: "${Buffer.alloc(32, 7).toString("base64")}" }],
        publicUrl: "http://localhost:" + (process.env.PORT || "9000"),
        stripe,
      },
    },
  ],
  modules: [
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "${pkg.name}/providers/stripe-connect",
            id: "stripe-connect",
            options: { apiKey: "sk_test_try_store", webhookSecrets: ["whsec_try_store_platform"], stripe },
          },
        ],
      },
    },
  ],
})
`

async function query(databaseUrl, sql, params = []) {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}

/** Versions of a package installed anywhere in the store's tree (`npm ls --all`). */
function installedVersions(storeDir, name) {
  const ls = spawnSync("npm", ["ls", name, "--all", "--json"], { cwd: storeDir, encoding: "utf8", env: baseEnv() })
  const found = new Set()
  const walk = (node) => {
    for (const [dep, child] of Object.entries(node?.dependencies ?? {})) {
      if (dep === name && child.version) found.add(child.version)
      walk(child)
    }
  }
  try {
    walk(JSON.parse(ls.stdout))
  } catch {
    // no JSON: nothing found
  }
  return [...found].sort(semver.compare)
}

function findInFiles(dir, needle) {
  if (!existsSync(dir)) return false
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(".js")) {
      const file = path.join(entry.parentPath ?? entry.path, entry.name)
      if (readFileSync(file, "utf8").includes(needle)) return true
    }
  }
  return false
}

async function api(baseUrl, method, route, { token, body } = {}) {
  const response = await fetch(`${baseUrl}${route}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  let json
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, json, text }
}

async function waitForHealth(baseUrl, service, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      throw new Error(`medusa start exited (${service.child.exitCode ?? service.child.signalCode}):\n${tail(service.output())}`)
    }
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5000) })
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`/health did not answer 200 within ${timeoutMs / 1000} s:\n${tail(service.output())}`)
}

/** Runs one version; returns { version, steps: [{ name, ok, note }] } and never throws. */
async function tryVersion(version, { workDir, tarball, postgres, emulatorPort }) {
  const steps = []
  const step = (name, ok, note = "") => {
    steps.push({ name, ok, note })
    console.log(`  [${version}] ${ok ? "ok  " : "FAIL"} ${name}${note ? `: ${note}` : ""}`)
    return ok
  }
  const storeDir = mkdtempSync(path.join(workDir, `store-${version}-`))
  const database = `store_${version.replace(/\W/g, "_")}`
  const databaseUrl = `postgres://${postgres.user}:${postgres.password}@${postgres.host}:${postgres.port}/${database}`
  let server
  try {
    writeFileSync(path.join(storeDir, "package.json"), JSON.stringify(storePackage(version, tarball), null, 2))
    writeFileSync(path.join(storeDir, "tsconfig.json"), JSON.stringify(STORE_TSCONFIG, null, 2))
    writeFileSync(path.join(storeDir, "medusa-config.ts"), storeConfig(emulatorPort))

    const install = await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: storeDir })
    if (install.code !== 0) {
      const reason = install.output.includes("ERESOLVE") ? "ERESOLVE" : `exit ${install.code}`
      return (step("installed", false, `${reason} (${install.seconds} s)\n${tail(install.output, 30)}`), { version, steps })
    }
    const framework = installedVersions(storeDir, "@medusajs/framework")
    const ui = installedVersions(storeDir, "@medusajs/ui")
    // npm's "ERESOLVE overriding peer dependency" warnings: a failure when they concern the plugin.
    const warnings = install.output
      .split(/(?=npm warn ERESOLVE overriding)/)
      .slice(1)
      .map((block) => block.split("\n").filter((line) => line.startsWith("npm warn")).join("\n"))
    if (warnings.length) console.log(warnings.join("\n"))
    const overridden = warnings.some((block) => block.includes(pkg.name))
    if (
      !step(
        "installed",
        framework.length === 1 && framework[0] === version && ui.length === 1 && !overridden,
        `${install.seconds} s, @medusajs/framework ${framework.join(", ")}, @medusajs/ui ${ui.join(", ")}` +
          (overridden ? ", npm overrode a peer dependency" : "")
      )
    ) {
      return { version, steps }
    }

    const medusaCli = path.join(storeDir, "node_modules/@medusajs/cli/cli.js")
    const env = { ...baseEnv(), NODE_ENV: "production", DATABASE_URL: databaseUrl }
    const build = await run(process.execPath, [medusaCli, "build"], { cwd: storeDir, env })
    if (build.code !== 0) return (step("built", false, `exit ${build.code}\n${tail(build.output)}`), { version, steps })
    const serverDir = path.join(storeDir, ".medusa/server")
    const adminHasPlugin = findInFiles(path.join(serverDir, "public/admin"), ADMIN_MARKER)
    if (!step("built", adminHasPlugin, `${build.seconds} s, admin bundle ${adminHasPlugin ? "has" : "LACKS"} the plugin's extension`)) {
      return { version, steps }
    }
    // As a store deploys the build: the built app with the store's dependencies.
    symlinkSync(path.join(storeDir, "node_modules"), path.join(serverDir, "node_modules"))

    await postgres.createDatabase(database)
    const migrate = await run(process.execPath, [medusaCli, "db:migrate"], { cwd: serverDir, env })
    const tables = migrate.code === 0 ? await query(databaseUrl, "select count(*)::int as n from information_schema.tables where table_name like 'stripe_connect_%'") : [{ n: 0 }]
    if (!step("migrated", migrate.code === 0 && tables[0].n > 0, migrate.code === 0 ? `${migrate.seconds} s, ${tables[0].n} stripe_connect_* tables` : `exit ${migrate.code}\n${tail(migrate.output)}`)) {
      return { version, steps }
    }
    const user = await run(process.execPath, [medusaCli, "user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD], { cwd: serverDir, env })
    const grant = user.code === 0 ? await run(process.execPath, [medusaCli, "exec", GRANT_SCRIPT, ADMIN_EMAIL], { cwd: serverDir, env }) : user
    if (user.code !== 0 || grant.code !== 0) {
      return (step("migrated", false, `admin user / grant-super-admin failed\n${tail(grant.output)}`), { version, steps })
    }

    const port = await freePort()
    const baseUrl = `http://localhost:${port}`
    server = startService(process.execPath, [medusaCli, "start"], { cwd: serverDir, env: { ...env, PORT: String(port) } })
    const started = Date.now()
    try {
      await waitForHealth(baseUrl, server, 180_000)
    } catch (error) {
      return (step("started", false, error.message), { version, steps })
    }
    step("started", true, `${Math.round((Date.now() - started) / 1000)} s`)

    const checks = []
    const expect = (label, ok, detail) => checks.push({ label, ok, detail })
    const login = await api(baseUrl, "POST", "/auth/user/emailpass", { body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } })
    const token = login.json?.token
    expect("login", login.status === 200 && !!token, `${login.status}`)
    const regions = await api(baseUrl, "GET", "/admin/regions", { token })
    expect("GET /admin/regions", regions.status === 200, `${regions.status}`)
    const anonymous = await api(baseUrl, "GET", "/admin/stripe-connect/me")
    expect("GET /admin/stripe-connect/me without a token", anonymous.status === 401, `${anonymous.status}`)
    const me = await api(baseUrl, "GET", "/admin/stripe-connect/me", { token })
    expect("GET /admin/stripe-connect/me", me.status === 200 && me.json?.roles?.includes("super_admin"), `${me.status}`)
    const health = await api(baseUrl, "GET", "/admin/stripe-connect/health", { token })
    expect("GET /admin/stripe-connect/health", health.status === 200 && health.json?.locks?.status === "ok", `${health.status} ${health.json?.status ?? ""}`)
    const created = await api(baseUrl, "POST", "/admin/stripe-connect/accounts", {
      token,
      body: { merchant_id: "try-store-merchant", account_type: "express", country: "US", email: "seller@example.com" },
    })
    const accountId = created.json?.account_id
    expect("POST /admin/stripe-connect/accounts (workflow, emulator)", created.status < 300 && !!accountId, `${created.status}`)
    const listed = await api(baseUrl, "GET", "/admin/stripe-connect/accounts", { token })
    expect("GET /admin/stripe-connect/accounts", listed.status === 200 && listed.json?.count >= 1, `${listed.status} count ${listed.json?.count}`)
    const failedChecks = checks.filter((check) => !check.ok)
    step(
      "route answered",
      failedChecks.length === 0,
      failedChecks.length
        ? failedChecks.map((check) => `${check.label} -> ${check.detail}`).join("; ") +
            `\n${[created, listed, health, me].map((r) => r.text.slice(0, 300)).join("\n")}\n${tail(server.output(), 30)}`
        : checks.map((check) => `${check.label.split(" (")[0]} ${check.detail}`).join(", ")
    )
  } catch (error) {
    step("unexpected error", false, error?.stack ?? String(error))
  } finally {
    await server?.stop()
  }
  return { version, steps }
}

async function main() {
  const workDir = mkdtempSync(path.join(os.tmpdir(), "stripe-connect-store-"))
  // As root the embedded PostgreSQL runs as "postgres", which must enter the folder holding its data.
  chmodSync(workDir, 0o755)
  let postgres
  let emulator
  const results = []
  const cleanup = async () => {
    await emulator?.stop()
    await postgres?.stop().catch(() => undefined)
    for (const child of children) killGroup(child, "SIGKILL")
    if (process.env.KEEP) console.log(`try-store: kept ${workDir}`)
    else rmSync(workDir, { recursive: true, force: true })
  }
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => cleanup().finally(() => process.exit(130)))
  }
  try {
    const tarball = await pack(workDir)
    const outside = versions.filter((version) => !semver.satisfies(version, range))
    console.log(
      `try-store: ${path.basename(tarball)}, peer range ${range}; stores on ${versions.join(", ")}` +
        (outside.length ? ` (outside the range: ${outside.join(", ")}; npm will refuse unless the tarball's range admits them)` : "")
    )
    postgres = await startEmbeddedPostgres({ dataDir: path.join(workDir, "postgres"), persistent: false })
    emulator = startService(process.execPath, ["-r", "ts-node/register/transpile-only", "dev/stripe-emulator/cli.ts", "--port", "0"], {
      cwd: repoRoot,
      env: baseEnv(),
      readyLine: /STRIPE_EMULATOR_READY port=(\d+)/,
    })
    const emulatorPort = Number((await emulator.ready)[1])
    for (const version of versions) {
      results.push(await tryVersion(version, { workDir, tarball, postgres, emulatorPort }))
    }
  } catch (error) {
    console.error(`try-store: ${error?.stack ?? error}`)
    results.push({ version: "setup", steps: [{ name: "setup", ok: false }] })
  } finally {
    await cleanup()
  }

  console.log("")
  const stages = ["installed", "built", "migrated", "started", "route answered"]
  for (const { version, steps } of results) {
    const cells = stages.map((stage) => {
      const found = steps.find((s) => s.name === stage)
      return `${stage} ${found ? (found.ok ? "yes" : "NO") : "-"}`
    })
    const ok = steps.length > 0 && steps.every((s) => s.ok) && steps.some((s) => s.name === "route answered")
    console.log(`${ok ? "ok  " : "FAIL"} Medusa ${version}: ${cells.join(" / ")}`)
  }
  const failed = results.some(({ steps }) => !(steps.every((s) => s.ok) && steps.some((s) => s.name === "route answered")))
  process.exit(failed ? 1 : 0)
}

main()
