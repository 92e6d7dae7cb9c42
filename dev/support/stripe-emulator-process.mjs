// Runs the Stripe emulator (dev/stripe-emulator) as a child process and resolves once it listens.
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

/**
 * @param {{ port?: number, stateFile?: string, env?: Record<string, string>, onOutput?: (line: string) => void }} options
 *   `stateFile`: the emulator keeps its state there (loaded at start, saved after changes and when stopped).
 * @returns {Promise<{ port: number, url: string, stop: () => Promise<void> }>}
 */
export function startStripeEmulatorProcess({ port = 0, stateFile, env = {}, onOutput = () => {} } = {}) {
  // dev/test/run-all.mjs compiles the emulator once per run (dev/support/stripe-emulator-build.mjs) and names the
  // compiled cli.js here; otherwise ts-node transpiles the sources at start.
  const compiled = process.env.STRIPE_EMULATOR_BUILD
  const entry = compiled ? [compiled] : ["-r", "ts-node/register/transpile-only", path.join(root, "dev/stripe-emulator/cli.ts")]
  const args = [...entry, "--port", String(port)]
  if (stateFile) args.push("--state-file", stateFile)
  const child = spawn(
    process.execPath,
    args,
    { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] }
  )

  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once("exit", () => resolve())
      child.kill("SIGTERM")
      setTimeout(() => child.kill("SIGKILL"), 5000).unref()
    })

  return new Promise((resolve, reject) => {
    let buffered = ""
    const timer = setTimeout(() => {
      reject(new Error(`The Stripe emulator did not start within 60 s. Output:\n${buffered}`))
      child.kill("SIGKILL")
    }, 60_000)
    const onData = (chunk) => {
      const text = chunk.toString()
      buffered += text
      for (const line of text.split("\n")) {
        if (line.trim()) onOutput(line)
        const match = /STRIPE_EMULATOR_READY port=(\d+)/.exec(line)
        if (match) {
          clearTimeout(timer)
          const readyPort = Number(match[1])
          resolve({ port: readyPort, url: `http://127.0.0.1:${readyPort}`, stop })
        }
      }
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.once("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`The Stripe emulator exited with code ${code} before it was ready. Output:\n${buffered}`))
    })
  })
}
