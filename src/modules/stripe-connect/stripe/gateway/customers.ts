import type Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"

/** Customers on a connected account (`Stripe-Account`), the recipients of its invoices. */
export function customersGateway(stripe: Stripe) {
  return {
    list: (stripeAccount: string, params: Stripe.CustomerListParams): Promise<Stripe.ApiList<Stripe.Customer>> =>
      callStripe({ accountId: stripeAccount, action: "find the invoice customer" }, () =>
        stripe.customers.list(params, requestOptions(stripeAccount))
      ),

    create: (
      stripeAccount: string,
      params: Stripe.CustomerCreateParams,
      idempotencyKey: string
    ): Promise<Stripe.Customer> =>
      callStripe({ accountId: stripeAccount, action: "create the invoice customer" }, () =>
        stripe.customers.create(params, requestOptions(stripeAccount, idempotencyKey))
      ),

    delete: (stripeAccount: string, customerId: string): Promise<Stripe.DeletedCustomer> =>
      callStripe({ accountId: stripeAccount, action: `delete customer ${customerId}` }, () =>
        stripe.customers.del(customerId, {}, requestOptions(stripeAccount))
      ),
  }
}
