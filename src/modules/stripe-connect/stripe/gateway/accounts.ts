import type Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"

/** Connected accounts, their onboarding links and Express dashboard login links (platform calls). */
export function accountsGateway(stripe: Stripe) {
  return {
    retrieve: (accountId: string): Promise<Stripe.Account> =>
      callStripe({ accountId, action: "read the connected account" }, () => stripe.accounts.retrieve(accountId)),

    create: (params: Stripe.AccountCreateParams, idempotencyKey: string): Promise<Stripe.Account> =>
      callStripe({ action: "create the connected account" }, () =>
        stripe.accounts.create(params, requestOptions(null, idempotencyKey))
      ),

    /** Without a key only for putting back what a failed workflow changed. */
    update: (accountId: string, params: Stripe.AccountUpdateParams, idempotencyKey?: string): Promise<Stripe.Account> =>
      callStripe({ accountId, action: `update the connected account ${accountId}` }, () =>
        stripe.accounts.update(accountId, params, requestOptions(null, idempotencyKey))
      ),

    createLink: (params: Stripe.AccountLinkCreateParams, idempotencyKey: string): Promise<Stripe.AccountLink> =>
      callStripe({ accountId: params.account, action: "create the onboarding link" }, () =>
        stripe.accountLinks.create(params, requestOptions(null, idempotencyKey))
      ),

    createLoginLink: (accountId: string, idempotencyKey: string): Promise<Stripe.LoginLink> =>
      callStripe({ accountId, action: "create the dashboard link" }, () =>
        stripe.accounts.createLoginLink(accountId, {}, requestOptions(null, idempotencyKey))
      ),
  }
}
