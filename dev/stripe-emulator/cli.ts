#!/usr/bin/env node
import { startStripeEmulator } from "./index"

/**
 * `node -r ts-node/register/transpile-only dev/stripe-emulator/cli.ts [--port N] [--host H] [--state-file F]`
 * (or STRIPE_EMULATOR_PORT, STRIPE_EMULATOR_HOST). With a state file, SIGINT and SIGTERM write the final state
 * before the process exits. The state file is a flag only, so a shell variable cannot slip it into test runs.
 */
function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  if (i !== -1) return process.argv[i + 1]
  const eq = process.argv.find((a) => a.startsWith(`${name}=`))
  return eq ? eq.slice(name.length + 1) : undefined
}

async function main(): Promise<void> {
  const port = Number(argValue("--port") ?? process.env.STRIPE_EMULATOR_PORT ?? 0)
  const host = argValue("--host") ?? process.env.STRIPE_EMULATOR_HOST ?? "127.0.0.1"
  const stateFile = argValue("--state-file")
  const running = await startStripeEmulator({ port, host, stateFile: stateFile || undefined })
  if (stateFile) process.stderr.write(`stripe-emulator: state in ${stateFile}\n`)
  process.stdout.write(`STRIPE_EMULATOR_READY port=${running.port}\n`)
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    process.stderr.write(`stripe-emulator: ${signal}, closing\n`)
    running.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.on("SIGTERM", () => stop("SIGTERM"))
  process.on("SIGINT", () => stop("SIGINT"))
}

main().catch((err: unknown) => {
  // A bad state file is the user's to fix: its message (naming the file) is enough, without a stack.
  const detail = err instanceof Error ? (err.name === "StateFileError" ? err.message : err.stack) : String(err)
  process.stderr.write(`stripe-emulator failed to start: ${detail}\n`)
  process.exit(1)
})
