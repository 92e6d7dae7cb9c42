import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_ADMIN_EMAIL, DEMO_SEED_PARTS, type DemoSeedState } from "../../../dev/demo/seed/index"
import { webhookSpecSetup } from "../webhooks/helpers"

export const ADMIN_PASSWORD = "supersecret"

/**
 * The app as the demo runs it, receiving the emulator's webhooks (`webhookSpecSetup`: call this at the top of a spec,
 * before the test runner), and the repository's root, where the demo's scripts run.
 */
export function demoApp(): { port: number; appUrl: string; root: string } {
  const { port, appUrl } = webhookSpecSetup()
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
