import type { MedusaRequest } from "@medusajs/framework/http"
import type { StripeConnectRole } from "../../types/roles"
import type { RoleGrant } from "./access/resolve-access"
import { StripeConnectError } from "../../modules/stripe-connect/errors/stripe-connect-error"

/** What the authorize middleware decided for this request. */
export type AccessScope = {
  actorId: string
  actorType: string
  roles: StripeConnectRole[]
  /** null: every merchant; otherwise only these merchant ids. */
  merchantIds: string[] | null
  /** Every grant the caller holds, as the middleware read them (capabilities are decided from these). */
  grants: RoleGrant[]
}

const scopes = new WeakMap<object, AccessScope>()

export function setAccessScope(req: MedusaRequest, scope: AccessScope): void {
  scopes.set(req, scope)
}

export function getAccessScope(req: MedusaRequest): AccessScope {
  const scope = scopes.get(req)
  if (!scope) {
    // A route reached without the authorize middleware is a wiring bug; refuse rather than expose data.
    throw new StripeConnectError("forbidden", "Access to this Stripe Connect route was not checked")
  }
  return scope
}

/** Whether the caller may see records of this merchant. Records without a merchant are platform-wide. */
export function canAccessMerchant(scope: AccessScope, merchantId: string | null | undefined): boolean {
  if (scope.merchantIds === null) {
    return true
  }
  return Boolean(merchantId) && scope.merchantIds.includes(merchantId as string)
}

/**
 * Throws a not-found error (never 403) when the record belongs to a merchant outside the caller's scope, so ids
 * of other merchants are not disclosed.
 */
export function assertMerchantAccess(
  req: MedusaRequest,
  merchantId: string | null | undefined,
  notFound: () => StripeConnectError
): void {
  if (!canAccessMerchant(getAccessScope(req), merchantId)) {
    throw notFound()
  }
}

/**
 * The merchants a list may show: the requested ones (a filter such as `merchant_id`) narrowed to the caller's
 * scope. null means no merchant filter at all; an empty list means nothing is visible.
 */
export function visibleMerchantIds(req: MedusaRequest, requested?: string | string[]): string[] | null {
  const { merchantIds: scope } = getAccessScope(req)
  const asked = requested === undefined ? null : ([] as string[]).concat(requested)
  if (scope === null) {
    return asked
  }
  return (asked ?? scope).filter((id) => scope.includes(id))
}

/**
 * The filter of a list of merchant-owned records: the merchants asked for (`merchant_id`) narrowed to the caller's
 * scope, and the statuses asked for. null when the caller sees none of those merchants (the list is empty and needs
 * no query).
 */
export function merchantListFilter(
  req: MedusaRequest,
  requested: { merchant_id?: string | string[]; status?: string | string[] }
): { merchant_id?: string[]; status?: string[] } | null {
  const merchants = visibleMerchantIds(req, requested.merchant_id)
  if (merchants && !merchants.length) {
    return null
  }
  return {
    ...(merchants ? { merchant_id: merchants } : {}),
    ...(requested.status ? { status: ([] as string[]).concat(requested.status) } : {}),
  }
}

/**
 * The filter that narrows a list query to the caller's merchants: `{}` for every merchant, `{ merchant_id }` for
 * some, null when the caller sees no merchant at all (the list is empty and needs no query).
 */
export function merchantScopeFilter(req: MedusaRequest): { merchant_id?: string[] } | null {
  const { merchantIds } = getAccessScope(req)
  if (merchantIds === null) {
    return {}
  }
  return merchantIds.length ? { merchant_id: merchantIds } : null
}
