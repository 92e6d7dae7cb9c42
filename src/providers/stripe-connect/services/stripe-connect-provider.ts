import type Stripe from "stripe"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions } from "@medusajs/framework/utils"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { createStripeGateway, stripeIdempotencyKeys, type StripeGateway } from "../../../modules/stripe-connect/stripe"
import { toMinorUnits } from "../../../modules/stripe-connect/money"
import { proportionalFee } from "../../../modules/stripe-connect/fees"
import {
  PREPARED_SESSION_KEY,
  type PreparedSeparateChargesSession,
  type PreparedSession,
  type StripeConnectProviderOptions,
} from "../types"
import { CANCELABLE_STATUSES, toPaymentSessionStatus } from "../utils/payment-status"
import { feeForAmount, readPreparedSession } from "../utils/prepared-session"
import { afterPlannedRefund, readPlannedRefund } from "../utils/planned-refund"
import { toCheckoutWebhookAction } from "../utils/webhook-action"

type InjectedDependencies = { logger: Logger }

type SessionData = Record<string, unknown> & { id?: string; [PREPARED_SESSION_KEY]?: PreparedSession }

/**
 * Storefront checkout through Medusa's cart flow, paying a merchant's connected account: each payment session is
 * a destination charge (`transfer_data.destination` = the merchant's account, `application_fee_amount` = the
 * platform's fee, both decided on the server before the provider runs), authorized at checkout and captured from
 * the admin. A cart with several sellers is one charge on the platform instead (separate charges and transfers:
 * no `transfer_data`, no fee, `transfer_group` the cart; the sellers are paid by transfers after capture). Every
 * Stripe write carries Medusa's idempotency key for the operation. Stripe is reached through the
 * plugin's gateway, built from the provider's options by the same factory the module uses.
 */
export class StripeConnectProviderService extends AbstractPaymentProvider<StripeConnectProviderOptions> {
  static identifier = "stripe-connect"

  protected readonly options_: StripeConnectProviderOptions
  protected readonly logger_: Logger
  protected readonly stripe_: StripeGateway

  static validateOptions(options: Record<string, unknown>): void {
    const apiKey = options.apiKey
    if (typeof apiKey !== "string" || !/^(sk|rk)_(test|live)_/.test(apiKey)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        'stripe-connect payment provider: option apiKey is required and must be a Stripe secret key ("sk_..." or "rk_...")'
      )
    }
    const capture = options.captureMethod
    if (capture !== undefined && capture !== "manual" && capture !== "automatic") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        'stripe-connect payment provider: option captureMethod must be "manual" or "automatic"'
      )
    }
  }

  constructor(cradle: InjectedDependencies, options: StripeConnectProviderOptions) {
    super(cradle, options)
    this.options_ = options
    this.logger_ = cradle.logger
    this.stripe_ = createStripeGateway(options)
  }

  async initiatePayment({
    amount,
    currency_code,
    data,
    context,
  }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const prepared = readPreparedSession(data)
    const currency = currency_code.toLowerCase()
    const minorAmount = toMinorUnits(amount, currency)
    const sessionId = typeof data?.session_id === "string" ? data.session_id : undefined
    if (prepared.mode === "separate_charges") {
      return await this.initiateSeparateCharges(prepared, minorAmount, currency, sessionId, context)
    }
    const fee = feeForAmount(prepared, minorAmount, currency)
    await this.assertCanTakeCharges(prepared.account_id)

    const intent = await this.stripe_.payments.create(
      {
        amount: minorAmount,
        currency,
        capture_method: this.options_.captureMethod ?? "manual",
        allowed_payment_method_types: this.options_.paymentMethodTypes ?? ["card"],
        application_fee_amount: fee,
        transfer_data: { destination: prepared.account_id },
        transfer_group: prepared.transfer_group,
        ...(context?.customer?.email ? { receipt_email: context.customer.email } : {}),
        metadata: {
          medusa_plugin: "stripe-connect",
          source: "storefront",
          merchant_id: prepared.merchant_id,
          cart_id: prepared.cart_id,
          ...(sessionId ? { session_id: sessionId } : {}),
        },
      },
      context?.idempotency_key ??
        stripeIdempotencyKeys.checkoutPaymentIntent(sessionId ?? prepared.cart_id, minorAmount)
    )
    return {
      id: intent.id,
      status: toPaymentSessionStatus(intent),
      data: this.sessionData(intent, { ...prepared, application_fee_amount: fee, fee_basis_amount: minorAmount }),
    }
  }

  async updatePayment({ amount, currency_code, data, context }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const prepared = readPreparedSession(data)
    const id = this.intentId(data)
    const currency = currency_code.toLowerCase()
    const minorAmount = toMinorUnits(amount, currency)
    if (prepared.mode === "separate_charges") {
      if (minorAmount === prepared.amount && data?.amount === minorAmount) {
        return { status: toPaymentSessionStatus(data as unknown as Stripe.PaymentIntent), data }
      }
      // The mode stays: the sellers were decided with the session; only the amount follows the cart.
      const intent = await this.stripe_.payments.update(
        id,
        { amount: minorAmount },
        context?.idempotency_key ?? stripeIdempotencyKeys.checkoutAmountUpdate(id, minorAmount)
      )
      return {
        status: toPaymentSessionStatus(intent),
        data: this.sessionData(intent, { ...prepared, amount: minorAmount }),
      }
    }
    if (minorAmount === prepared.fee_basis_amount && data?.amount === minorAmount) {
      return { status: toPaymentSessionStatus(data as unknown as Stripe.PaymentIntent), data }
    }
    const fee = feeForAmount(prepared, minorAmount, currency)
    const intent = await this.stripe_.payments.update(
      id,
      { amount: minorAmount, application_fee_amount: fee },
      context?.idempotency_key ?? stripeIdempotencyKeys.checkoutAmountUpdate(id, minorAmount)
    )
    return {
      status: toPaymentSessionStatus(intent),
      data: this.sessionData(intent, { ...prepared, application_fee_amount: fee, fee_basis_amount: minorAmount }),
    }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const intent = await this.retrieve(data)
    return {
      status: toPaymentSessionStatus(intent),
      data: this.sessionData(intent, data?.[PREPARED_SESSION_KEY] as PreparedSession | undefined),
    }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const intent = await this.retrieve(data)
    return {
      status: toPaymentSessionStatus(intent),
      data: this.sessionData(intent, data?.[PREPARED_SESSION_KEY] as PreparedSession | undefined),
    }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const intent = await this.retrieve(data)
    return { data: this.sessionData(intent, data?.[PREPARED_SESSION_KEY] as PreparedSession | undefined) }
  }

  /** Captures everything authorized; the fee is the prepared fee in proportion to what is captured. */
  async capturePayment({ data, context }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const prepared = data?.[PREPARED_SESSION_KEY] as PreparedSession | undefined
    const current = await this.retrieve(data)
    if (current.status === "succeeded") {
      return { data: this.sessionData(current, prepared) }
    }
    // A platform charge of a multi-seller cart has no fee on it (the sellers' fees are kept from their transfers).
    const fee = current.transfer_data
      ? {
          application_fee_amount: proportionalFee(
            current.application_fee_amount ?? 0,
            current.amount_capturable,
            current.amount
          ),
        }
      : {}
    const intent = await this.stripe_.payments.capture(
      current.id,
      { amount_to_capture: current.amount_capturable, ...fee },
      context?.idempotency_key
        ? stripeIdempotencyKeys.capturePaymentIntent(current.id, current.amount_capturable, context.idempotency_key)
        : stripeIdempotencyKeys.capturePaymentIntent(current.id, current.amount_capturable, 1)
    )
    return { data: this.sessionData(intent, prepared) }
  }

  /**
   * Refunds `amount` (major units); the transfer is reversed in proportion, the fee too when configured. Medusa
   * names each refund (its refund record's id), so two refunds of the same amount are two refunds at Stripe; only
   * a call without that name falls back to the amount.
   */
  async refundPayment({ amount, data, context }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const id = this.intentId(data)
    const currency = String(data?.currency ?? "")
    if (!currency) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `stripe-connect: payment ${id} has no currency to refund in`
      )
    }
    const minorAmount = toMinorUnits(amount, currency)
    // Only a destination charge has a transfer and a fee to return with the refund; a multi-seller charge's
    // transfers are reversed per seller by the plugin.
    const destination = data?.transfer_data
      ? { reverse_transfer: true, refund_application_fee: this.options_.refundApplicationFee ?? false }
      : {}
    // A seller's refund the plugin named in the payment's data carries its own key, the same on the client's
    // retry (Medusa's is new on every attempt); see planned-refund.ts.
    const planned = readPlannedRefund(data, id, minorAmount)
    await this.stripe_.charges.refund(
      { payment_intent: id, amount: minorAmount, ...destination, ...(planned ? { metadata: planned.metadata } : {}) },
      planned?.idempotency_key ?? stripeIdempotencyKeys.refundPaymentIntent(id, context?.idempotency_key ?? minorAmount)
    )
    return { data: planned && data ? afterPlannedRefund(data, planned) : data }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const id = typeof data?.id === "string" ? data.id : undefined
    if (!id) {
      return { data }
    }
    const current = await this.retrieve(data)
    if (!CANCELABLE_STATUSES.includes(current.status)) {
      return { data: this.sessionData(current, data?.[PREPARED_SESSION_KEY] as PreparedSession | undefined) }
    }
    const intent = await this.stripe_.payments.cancel(id, stripeIdempotencyKeys.cancelPaymentIntent(id))
    return { data: this.sessionData(intent, data?.[PREPARED_SESSION_KEY] as PreparedSession | undefined) }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return await this.cancelPayment(input)
  }

  /**
   * For Medusa's own `/hooks/payment/stripe-connect_stripe-connect` route. Stores should register only the plugin's
   * endpoints at Stripe (they hand these events to Medusa's payment processing themselves); this stays correct if
   * a store uses Medusa's route instead: the signature is checked on the raw body with the platform secrets.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const secrets = ([] as string[]).concat(this.options_.webhookSecrets ?? [])
    const signature = payload.headers["stripe-signature"]
    const raw = payload.rawData
    if (!secrets.length || typeof signature !== "string") {
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    for (const secret of secrets) {
      try {
        const event = this.stripe_.webhooks.constructEvent(raw as string | Buffer, signature, secret)
        return toCheckoutWebhookAction(event)
      } catch {
        // try the next secret (rolling secrets)
      }
    }
    this.logger_.warn("stripe-connect: a payment webhook on Medusa's route did not verify with any configured secret")
    return { action: PaymentActions.NOT_SUPPORTED }
  }

  /** One charge on the platform for a multi-seller cart; each seller is paid by a transfer after capture. */
  private async initiateSeparateCharges(
    prepared: PreparedSeparateChargesSession,
    minorAmount: number,
    currency: string,
    sessionId: string | undefined,
    context: InitiatePaymentInput["context"]
  ): Promise<InitiatePaymentOutput> {
    const intent = await this.stripe_.payments.create(
      {
        amount: minorAmount,
        currency,
        capture_method: this.options_.captureMethod ?? "manual",
        allowed_payment_method_types: this.options_.paymentMethodTypes ?? ["card"],
        transfer_group: prepared.transfer_group,
        ...(context?.customer?.email ? { receipt_email: context.customer.email } : {}),
        metadata: {
          medusa_plugin: "stripe-connect",
          source: "storefront",
          split: "separate_charges",
          cart_id: prepared.cart_id,
          ...(sessionId ? { session_id: sessionId } : {}),
        },
      },
      context?.idempotency_key ??
        stripeIdempotencyKeys.checkoutPaymentIntent(sessionId ?? prepared.cart_id, minorAmount)
    )
    return {
      id: intent.id,
      status: toPaymentSessionStatus(intent),
      data: this.sessionData(intent, { ...prepared, amount: minorAmount }),
    }
  }

  private async assertCanTakeCharges(accountId: string): Promise<void> {
    const account = await this.stripe_.accounts.retrieve(accountId)
    if (!account.charges_enabled) {
      throw new StripeConnectError(
        "account_not_onboarded",
        `Connected account ${accountId} cannot take charges yet: its onboarding is incomplete`
      )
    }
  }

  private async retrieve(data: Record<string, unknown> | undefined): Promise<Stripe.PaymentIntent> {
    const id = this.intentId(data)
    return await this.stripe_.payments.retrieve(id)
  }

  private intentId(data: Record<string, unknown> | undefined): string {
    const id = data?.id
    if (typeof id !== "string" || !id.startsWith("pi_")) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "stripe-connect: the payment session data holds no payment intent id"
      )
    }
    return id
  }

  private sessionData(intent: Stripe.PaymentIntent, prepared: PreparedSession | undefined): SessionData {
    return {
      ...(JSON.parse(JSON.stringify(intent)) as Record<string, unknown>),
      ...(prepared ? { [PREPARED_SESSION_KEY]: prepared } : {}),
    }
  }
}

export default StripeConnectProviderService
