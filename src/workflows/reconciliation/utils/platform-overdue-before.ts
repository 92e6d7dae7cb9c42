import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { PLATFORM_LEDGER_SCOPE } from "../../../modules/stripe-connect/ledger/ledger-line"
import { MISSING_LINE_GRACE_MS } from "../../../modules/stripe-connect/reconciliation/mismatch-candidate"

/**
 * The time before which the platform's records should have their lines in its ledger by now (see `isLineOverdue`):
 * an hour before the ledger's newest line. Null after a connected account's sync (`accountId` set), since those
 * records move the platform's balance, and before the platform's first sync.
 */
export async function platformOverdueBefore(
  service: StripeConnectModuleService,
  accountId: string | null
): Promise<Date | null> {
  if (accountId !== null) {
    return null
  }
  const cursor = await service.retrieveLedgerCursor(PLATFORM_LEDGER_SCOPE)
  return cursor ? new Date(cursor.created.getTime() - MISSING_LINE_GRACE_MS) : null
}
