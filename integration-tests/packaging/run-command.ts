import { spawn, type ChildProcess } from "node:child_process"

export type CommandResult = { code: number | null; output: string }

/** Runs a command to completion (killing it after `timeoutMs`) and returns its exit code and output. */
export function runCommand(
  command: string,
  args: string[],
  { cwd, env, timeoutMs }: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    let output = ""
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => {
      output += `\n[packaging test] killed after ${timeoutMs} ms\n`
      killGroup(child, "SIGKILL")
    }, timeoutMs)
    child.once("error", (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once("exit", (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

/** A long-running command in its own process group, with its output collected. */
export type Service = { child: ChildProcess; output: () => string; stop: () => Promise<void> }

export function startService(command: string, args: string[], { cwd, env }: { cwd: string; env: NodeJS.ProcessEnv }): Service {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  let output = ""
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()))
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        killGroup(child, "SIGKILL")
        return resolve()
      }
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 10_000)
      child.once("exit", () => {
        clearTimeout(timer)
        killGroup(child, "SIGKILL")
        resolve()
      })
      killGroup(child, "SIGTERM")
    })
  return { child, output: () => output, stop }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The process group is gone already.
  }
}

/** Resolves when the service has exited (with its code), or after `timeoutMs` with null. */
export function waitForExit(service: Service, timeoutMs: number): Promise<number | null> {
  const { child } = service
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  if (child.signalCode !== null) return Promise.resolve(1)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs)
    child.once("exit", (code) => {
      clearTimeout(timer)
      resolve(code ?? 1)
    })
  })
}

/** Polls `url` until it answers at all (any status), or fails after `timeoutMs` or when the service exits. */
export async function waitForHttp(url: string, service: Service, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      throw new Error(`The host exited (${service.child.exitCode ?? service.child.signalCode}) before answering:\n${tail(service.output())}`)
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(5000) })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${tail(service.output())}`)
}

export const tail = (text: string, lines = 40) => text.trimEnd().split("\n").slice(-lines).join("\n")
