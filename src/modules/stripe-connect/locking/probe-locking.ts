import { randomUUID } from "node:crypto"
import type { ILockingModule } from "@medusajs/framework/types"
import type { StripeConnectLockHealth } from "../../../shared/types/health"
import { errorMessageOf } from "../errors/error-text"

const PROBE_TIMEOUT_SECONDS = 2

/**
 * Whether Medusa's locking provider works: takes and releases a lock nobody else uses (a fresh key), so the answer
 * never waits for another section; `unavailable` with the provider's error when it cannot (Redis down).
 */
export async function probeLocking(locking: ILockingModule): Promise<StripeConnectLockHealth> {
  try {
    await locking.execute(`stripe-connect:health-probe:${randomUUID()}`, async () => undefined, {
      timeout: PROBE_TIMEOUT_SECONDS,
    })
    return { status: "ok", error: null }
  } catch (error) {
    return { status: "unavailable", error: errorMessageOf(error) }
  }
}
