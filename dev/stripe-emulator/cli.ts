import { startStripeEmulator } from "./index"

/** `node -r ts-node/register/transpile-only dev/stripe-emulator/cli.ts [--port N] [--host H]` */
function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  if (i !== -1) return process.argv[i + 1]
  const eq = process.argv.find((a) => a.startsWith(`${name}=`))
  return eq ? eq.slice(name.length + 1) : undefined
}

async function main(): Promise<void> {
  const port = Number(argValue("--port") ?? process.env.STRIPE_EMULATOR_PORT ?? 0)
  const host = argValue("--host") ?? process.env.STRIPE_EMULATOR_HOST ?? "127.0.0.1"
  const running = await startStripeEmulator({ port, host })
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
  process.stderr.write(`stripe-emulator failed to start: ${err instanceof Error ? err.stack : String(err)}\n`)
  process.exit(1)
})
