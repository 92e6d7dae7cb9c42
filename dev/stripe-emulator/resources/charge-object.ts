import type Stripe from "stripe"
import type { Emulator } from "../context"
import { newId } from "../ids"
import { brandOf, Decline } from "./test-cards"

export const emptyList = <T>(url: string): Stripe.ApiList<T> => ({ object: "list", data: [], has_more: false, url })

/** The charge a payment intent's confirmation creates (failed when the test card declines). */
export function chargeFromIntent(em: Emulator, pi: Stripe.PaymentIntent, paymentMethod: string, failure: Decline | undefined): Stripe.Charge {
  const id = newId("ch")
  const destination = typeof pi.transfer_data?.destination === "string" ? pi.transfer_data.destination : null
  const charge: Stripe.Charge = {
    id,
    object: "charge",
    amount: pi.amount,
    amount_captured: 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: pi.application_fee_amount,
    balance_transaction: null,
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: "EMULATOR",
    captured: false,
    created: em.now(),
    currency: pi.currency,
    customer: pi.customer,
    description: pi.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: failure?.code ?? null,
    failure_message: failure?.message ?? null,
    fraud_details: {},
    livemode: false,
    metadata: { ...pi.metadata },
    on_behalf_of: pi.on_behalf_of,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: failure ? "declined_by_network" : "approved_by_network",
      reason: failure?.decline_code ?? null,
      risk_level: "normal",
      risk_score: 20,
      seller_message: failure ? "The bank did not return any further details with this decline." : "Payment complete.",
      type: failure ? "issuer_declined" : "authorized",
    },
    paid: !failure,
    payment_intent: pi.id,
    payment_method: paymentMethod,
    payment_method_details: { type: "card", card: { brand: brandOf(paymentMethod), country: "US", exp_month: 12, exp_year: 2034, funding: "credit", last4: "4242", network: brandOf(paymentMethod) } as Stripe.Charge.PaymentMethodDetails.Card },
    receipt_email: pi.receipt_email,
    receipt_number: null,
    receipt_url: `${em.baseUrl}/_emulator/hosted/receipts/${id}`,
    refunded: false,
    refunds: emptyList<Stripe.Refund>(`/v1/charges/${id}/refunds`),
    review: null,
    shipping: pi.shipping,
    source: null,
    source_transfer: null,
    statement_descriptor: pi.statement_descriptor,
    statement_descriptor_suffix: pi.statement_descriptor_suffix,
    status: failure ? "failed" : "succeeded",
    transfer_data: destination ? { amount: pi.transfer_data?.amount ?? null, destination } : null,
    transfer_group: pi.transfer_group,
  }
  return charge
}


/**
 * The payment (`py_...`) a transfer creates on the destination account: a captured charge whose
 * `source_transfer` is the transfer, so `transfer.destination_payment` can be retrieved and expanded there.
 */
export function destinationPayment(em: Emulator, input: { id: string; amount: number; currency: string; transfer: string; balanceTransaction: string; fee: number }): Stripe.Charge {
  return {
    id: input.id,
    object: "charge",
    amount: input.amount,
    amount_captured: input.amount,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: input.fee || null,
    balance_transaction: input.balanceTransaction,
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: null,
    captured: true,
    created: em.now(),
    currency: input.currency,
    customer: null,
    description: null,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    metadata: {},
    on_behalf_of: null,
    outcome: null,
    paid: true,
    payment_intent: null,
    payment_method: null,
    payment_method_details: { type: "stripe_account", stripe_account: {} },
    receipt_email: null,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    refunds: emptyList<Stripe.Refund>(`/v1/charges/${input.id}/refunds`),
    review: null,
    shipping: null,
    source: null,
    source_transfer: input.transfer,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "succeeded",
    transfer_data: null,
    transfer_group: null,
  }
}
