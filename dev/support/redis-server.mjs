// Starts a throw-away Redis (Debian's `redis-server`, installed by .ci/run) on a free loopback port, for the cluster
// tests and `npm run demo -- --cluster`: no persistence, its working directory a fresh temporary one removed on stop.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { freePort } from "./embedded-postgres.mjs"

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH || "/usr/bin/redis-server"

export const redisServerInstalled = () => existsSync(REDIS_SERVER)

/**
 * @param {{ port?: number, log?: (line: string) => void }} options
 * @returns {Promise<{ host: string, port: number, url: string, pid: number, stop: () => Promise<void>, kill: () => void }>}
 */
export async function startRedisServer({ port, log = () => {} } = {}) {
  if (!redisServerInstalled()) {
    throw new Error(`No Redis at ${REDIS_SERVER}: install it with \`apt-get install redis-server\` (.ci/run does)`)
  }
  // A free port can be taken between the check and the bind: try again on another one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(port ?? (await freePort()), log)
    } catch (error) {
      if (port || attempt >= 3) throw error
    }
  }
}

async function startOnce(port, log) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "stripe-connect-redis-"))
  const args = [
    "--port", String(port),
    "--bind", "127.0.0.1",
    "--dir", dir,
    "--save", "",
    "--appendonly", "no",
    "--daemonize", "no",
    "--loglevel", "notice",
  ]
  const child = spawn(REDIS_SERVER, args, { stdio: ["ignore", "pipe", "pipe"] })
  const removeDir = () => rm(dir, { recursive: true, force: true })

  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return removeDir().then(resolve)
      child.once("exit", () => removeDir().then(resolve))
      child.kill("SIGTERM")
      setTimeout(() => child.kill("SIGKILL"), 5000).unref()
    })
  // For tests of what happens when Redis goes away.
  const kill = () => child.kill("SIGKILL")

  return await new Promise((resolve, reject) => {
    let output = ""
    const timer = setTimeout(() => {
      child.kill("SIGKILL")
      reject(new Error(`redis-server did not start within 30 s. Output:\n${output}`))
    }, 30_000)
    const onData = (chunk) => {
      const text = chunk.toString()
      output += text
      for (const line of text.split("\n")) if (line.trim()) log(line)
      if (text.includes("Ready to accept connections")) {
        clearTimeout(timer)
        resolve({ host: "127.0.0.1", port, url: `redis://127.0.0.1:${port}`, pid: child.pid, stop, kill })
      }
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.once("exit", (code) => {
      clearTimeout(timer)
      removeDir()
      reject(new Error(`redis-server exited with code ${code} before it was ready. Output:\n${output}`))
    })
  })
}
