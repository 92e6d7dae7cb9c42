import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"
import { waitFor } from "./helpers"

const repoRoot = path.resolve(__dirname, "../../..")

export type SecondInstance = { child: ChildProcess; output: () => string }

/**
 * A second instance of the app (this repository's medusa-config.ts) started with the Medusa CLI in its own
 * process, on the test's database and the same Stripe (emulator), in the given `workerMode`. Resolves once it
 * answers /health.
 */
export async function startSecondInstance(options: {
  dbName: string
  port: number
  workerMode: "shared" | "worker" | "server"
}): Promise<SecondInstance> {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const key of ["NODE_OPTIONS", "TEST_TYPE", "JEST_WORKER_ID"]) {
    delete env[key]
  }
  const { DB_USERNAME, DB_PASSWORD, DB_HOST, DB_PORT } = process.env
  const child = spawn(process.execPath, [path.join(repoRoot, "node_modules/@medusajs/cli/cli.js"), "start"], {
    cwd: repoRoot,
    env: {
      ...env,
      NODE_ENV: "development",
      PORT: String(options.port),
      DATABASE_URL: `postgres://${DB_USERNAME}:${DB_PASSWORD}@${DB_HOST}:${DB_PORT}/${options.dbName}`,
      MEDUSA_ADMIN_DISABLED: "true",
      MEDUSA_WORKER_MODE: options.workerMode,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  const instance = { child, output: () => output.slice(-4000) }
  await waitFor(
    async () => {
      if (hasExited(child)) {
        throw new Error(`the second instance exited (${child.exitCode ?? child.signalCode}):\n${instance.output()}`)
      }
      return (await fetch(`http://127.0.0.1:${options.port}/health`).catch(() => null))?.status === 200
    },
    "the second instance to serve",
    300_000
  )
  return instance
}

/** Starts a second instance before the enclosing suite's tests and stops it after them. */
export function secondInstanceForSuite(options: Parameters<typeof startSecondInstance>[0]): void {
  let instance: SecondInstance | undefined
  beforeAll(async () => {
    instance = await startSecondInstance(options)
  })
  afterAll(async () => {
    await stopSecondInstance(instance)
  })
}

/** A process killed by a signal keeps `exitCode` null and has `signalCode` set instead. */
const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

export async function stopSecondInstance(instance: SecondInstance | undefined): Promise<void> {
  const child = instance?.child
  if (!child || hasExited(child)) {
    return
  }
  const exited = new Promise((resolve) => child.once("exit", resolve))
  child.kill("SIGTERM")
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
  await exited
  clearTimeout(timer)
}

/**
 * Runs a scheduled job of the instance at `port` now, in that instance with its own container: Medusa registers
 * each job as the workflow `job-<name>`, which the admin API runs on request. Resolves when the job has run.
 */
export async function runJobOn(port: number, jobName: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/admin/workflows-executions/job-${jobName}/run`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({}),
  })
  const text = await response.text()
  const { acknowledgement } = (response.ok ? JSON.parse(text) : {}) as { acknowledgement?: { hasFinished: boolean; hasFailed: boolean } }
  if (!acknowledgement?.hasFinished || acknowledgement.hasFailed) {
    throw new Error(`running ${jobName} on port ${port} did not finish (${response.status}): ${text}`)
  }
}
