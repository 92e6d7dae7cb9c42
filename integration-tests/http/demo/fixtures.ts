import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_ADMIN_EMAIL, DEMO_SEED_PARTS, type DemoSeedState } from "../../../dev/demo/seed/index"
import { emulatorEndpoint, emulator, freePortSync } from "../webhooks/helpers"

export const ADMIN_PASSWORD = "supersecret"

/**
 * The app as the demo runs it: the plugin's webhooks reach it as in production, so its port and the endpoint
 * secrets are set before it boots (call this at the top of a spec, before the test runner). The emulator starts
 * empty for the file.
 */
export function demoApp(): { port: number; appUrl: string; root: string } {
  const port = freePortSync()
  process.env.PORT = String(port)
  const appUrl = `http://localhost:${port}`

  beforeAll(async () => {
    await emulator("POST", "/reset")
    process.env.STRIPE_WEBHOOK_SECRETS_PLATFORM = (await emulatorEndpoint(`${appUrl}/hooks/stripe-connect/platform`, false)).secret
    process.env.STRIPE_WEBHOOK_SECRETS_CONNECT = (await emulatorEndpoint(`${appUrl}/hooks/stripe-connect/connect`, true)).secret
  })

  afterAll(() => {
    delete process.env.PORT
    delete process.env.STRIPE_WEBHOOK_SECRETS_PLATFORM
    delete process.env.STRIPE_WEBHOOK_SECRETS_CONNECT
  })

  return { port, appUrl, root: path.resolve(__dirname, "../../..") }
}

/** The demo admin as `medusa user -e admin@example.com -p supersecret` makes it (dev/demo/start.mjs runs that first). */
export async function createDemoAdmin(container: MedusaContainer): Promise<void> {
  const {
    result: [user],
  } = await createUsersWorkflow(container).run({ input: { users: [{ email: DEMO_ADMIN_EMAIL }] } })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email: DEMO_ADMIN_EMAIL, password: ADMIN_PASSWORD } })
  await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
}

/** Runs every part of the demo's Medusa seed (dev/demo/seed), none of them skipped. */
export async function seedDemo(container: MedusaContainer): Promise<DemoSeedState> {
  const state: DemoSeedState = {}
  for (const part of DEMO_SEED_PARTS) {
    const outcome = await part.run(container, state)
    expect({ part: part.name, skipped: outcome?.skipped }).toEqual({ part: part.name, skipped: undefined })
  }
  return state
}
