import type Stripe from "stripe"
import { MedusaService } from "@medusajs/framework/utils"
import type { Logger } from "@medusajs/framework/types"
import {
  ConnectedAccount,
  FeeConfiguration,
  FeeConfigurationChange,
  OAuthState,
  RoleAssignment,
  StripeConnectPayment,
  StripeConnectInvoice,
  StripeConnectPayLink,
  StripeConnectRefund,
  StripeConnectTransfer,
  StripeConnectPayout,
  StripeConnectDispute,
  StripeConnectThrottleHit,
  StripeIntegration,
  WebhookEvent,
  WebhookEndpoint,
} from "./models"
import type { StripeConnectOptions } from "./options"
import type { SecretBox } from "./crypto/secret-box"

type InjectedDependencies = {
  logger: Logger
  stripeClient: Stripe
  stripeConnectOptions: StripeConnectOptions
  secretBox: SecretBox
}

/**
 * The Stripe Connect module. CRUD for its records comes from MedusaService; Stripe is reached through the one
 * client registered by the module's loader, never inside a database transaction.
 */
class StripeConnectModuleService extends MedusaService({
  RoleAssignment,
  ConnectedAccount,
  StripeIntegration,
  OAuthState,
  WebhookEvent,
  WebhookEndpoint,
  FeeConfiguration,
  FeeConfigurationChange,
  StripeConnectPayment,
  StripeConnectRefund,
  StripeConnectTransfer,
  StripeConnectPayout,
  StripeConnectDispute,
  StripeConnectInvoice,
  StripeConnectPayLink,
  StripeConnectThrottleHit,
}) {
  protected readonly logger_: Logger
  protected readonly stripe_: Stripe
  protected readonly options_: StripeConnectOptions
  protected readonly secretBox_: SecretBox

  constructor(dependencies: InjectedDependencies) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.logger_ = dependencies.logger
    this.stripe_ = dependencies.stripeClient
    this.options_ = dependencies.stripeConnectOptions
    this.secretBox_ = dependencies.secretBox
  }

  /** The configured Stripe client. Calls for a connected account pass `{ stripeAccount }`. */
  getStripeClient(): Stripe {
    return this.stripe_
  }

  /** The validated plugin options (defaults applied). */
  getOptions(): StripeConnectOptions {
    return this.options_
  }

  sealSecret(plaintext: string): string {
    return this.secretBox_.seal(plaintext)
  }

  openSecret(sealed: string): string {
    return this.secretBox_.open(sealed)
  }
}

export default StripeConnectModuleService
