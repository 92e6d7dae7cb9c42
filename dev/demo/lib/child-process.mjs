// Child processes of the demo: one-shot commands (migrate, create user, seed) and the long-running Medusa server.
import { spawn } from "node:child_process"
import { createWriteStream } from "node:fs"

/**
 * Runs a command to completion, appending its output to `logFile`. Resolves with the exit code and output;
 * `registerChild` lets the caller kill it on Ctrl-C.
 * @returns {Promise<{ code: number | null, output: string }>}
 */
export function runCommand(command, args, { cwd, env, logFile, registerChild = () => {} }) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile, { flags: "a" })
    log.write(`\n$ ${[command, ...args].join(" ")}\n`)
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    const unregister = registerChild(child)
    let output = ""
    const onData = (chunk) => {
      output += chunk.toString()
      log.write(chunk)
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.once("error", (error) => {
      unregister?.()
      log.end()
      reject(error)
    })
    child.once("exit", (code) => {
      unregister?.()
      log.end(() => resolve({ code, output }))
    })
  })
}

/**
 * Starts a long-running command in its own process group (so Ctrl-C reaches only the demo script, which then
 * stops it and everything it forked), with its output appended to `logFile` and, when `echo` is on, the terminal.
 */
export function startService(command, args, { cwd, env, logFile, echo = false }) {
  const log = createWriteStream(logFile, { flags: "a" })
  log.write(`\n$ ${[command, ...args].join(" ")}\n`)
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  const onData = (chunk) => {
    log.write(chunk)
    if (echo) process.stdout.write(chunk)
  }
  child.stdout.on("data", onData)
  child.stderr.on("data", onData)
  child.once("exit", () => log.end())
  return child
}

/** Stops a process group started by this module: SIGTERM, then SIGKILL after `graceMs`. */
export function stopProcessGroup(child, graceMs = 10_000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const signalGroup = (signal) => {
      try {
        process.kill(-child.pid, signal)
      } catch {
        // The group is already gone.
      }
    }
    const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs)
    child.once("exit", () => {
      clearTimeout(timer)
      // Whatever the leader forked and left behind goes too.
      signalGroup("SIGKILL")
      resolve()
    })
    signalGroup("SIGTERM")
  })
}
