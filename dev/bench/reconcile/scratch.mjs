// What the reconciliation benches (run.mjs, export.mjs) share: the Medusa CLI, a scratch embedded PostgreSQL
// migrated with `medusa db:migrate`, and the result file with the machine it was measured on.
import { spawn } from "node:child_process"
import { mkdir, rm, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startEmbeddedPostgres } from "../../support/embedded-postgres.mjs"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")
export const cli = path.join(root, "node_modules/@medusajs/cli/cli.js")

/** Runs `medusa <args>` to its end; resolves with its output, rejects with the output's tail if it fails. */
export function medusa(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`medusa ${args.join(" ")} exited ${code}:\n${output.slice(-4000)}`))))
  })
}

/**
 * Runs `body({ env, workDir })` against a fresh database on a scratch embedded PostgreSQL, migrated, with `env` the
 * environment for Medusa (development mode, admin UI off, `extraEnv` added); removes it all afterwards.
 */
export async function withScratchDatabase(name, say, extraEnv, body) {
  const workDir = path.join(os.tmpdir(), `${name}-${process.pid}`)
  await rm(workDir, { recursive: true, force: true })
  await mkdir(workDir, { recursive: true })
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(workDir, "pg"), persistent: false })
  try {
    await postgres.createDatabase("bench")
    const env = {
      ...process.env,
      NODE_ENV: "development",
      MEDUSA_DISABLE_TELEMETRY: "true",
      MEDUSA_ADMIN_DISABLED: "true",
      ...extraEnv,
      LOG_LEVEL: "error",
      DATABASE_URL: `postgres://${postgres.user}:${postgres.password}@localhost:${postgres.port}/bench`,
    }
    say("migrating a scratch database")
    await medusa(["db:migrate"], env)
    return await body({ env, workDir })
  } finally {
    await postgres.stop()
    await rm(workDir, { recursive: true, force: true })
  }
}

/** The machine a figure was measured on. */
export function machine() {
  return { cpus: os.cpus().length, loadavg: os.loadavg().map((v) => Math.round(v * 100) / 100), node: process.version }
}

/** Writes `report` to bench/results/<file>. */
export async function writeResult(file, report) {
  await mkdir(path.join(root, "bench/results"), { recursive: true })
  await writeFile(path.join(root, "bench/results", file), JSON.stringify(report, null, 2) + "\n")
}
