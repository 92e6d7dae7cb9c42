import { spawn } from "node:child_process"
import path from "node:path"

const root = path.resolve(__dirname, "../../..")

describe("the CLI", () => {
  it("prints exactly one ready line with the port, serves the API and exits cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "dev/stripe-emulator/cli.ts", "--port", "0"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] })
    let stdout = ""
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ready line; stdout=${stdout}`)), 20000)
      child.stdout.on("data", (c: Buffer) => {
        stdout += c.toString()
        const m = /STRIPE_EMULATOR_READY port=(\d+)\n/.exec(stdout)
        if (m) {
          clearTimeout(timer)
          resolve(Number(m[1]))
        }
      })
      child.on("exit", (code) => reject(new Error(`exited early with ${code}`)))
    })
    expect(port).toBeGreaterThan(0)
    const res = await fetch(`http://127.0.0.1:${port}/v1/balance`, { headers: { Authorization: "Bearer sk_test_cli" } })
    expect(res.status).toBe(200)
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
    child.kill("SIGTERM")
    expect(await exited).toBe(0)
    expect(stdout.trim().split("\n")).toEqual([`STRIPE_EMULATOR_READY port=${port}`])
  }, 30000)
})
