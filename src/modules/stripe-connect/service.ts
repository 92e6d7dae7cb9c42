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
import type { StripeGateway } from "./stripe"

type InjectedDependencies = {
  logger: Logger
  stripeClient: Stripe
  stripeGateway: StripeGateway
  stripeConnectOptions: StripeConnectOptions
  secretBox: SecretBox
}

/**
 * The Stripe Connect module. CRUD for its records comes from MedusaService; Stripe is reached through the
 * gateway registered by the module's loader (`getStripeGateway`), never inside a database transaction.
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
  protected readonly stripeGateway_: StripeGateway
  protected readonly options_: StripeConnectOptions
  protected readonly secretBox_: SecretBox

  constructor(dependencies: InjectedDependencies) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.logger_ = dependencies.logger
    this.stripe_ = dependencies.stripeClient
    this.stripeGateway_ = dependencies.stripeGateway
    this.options_ = dependencies.stripeConnectOptions
    this.secretBox_ = dependencies.secretBox
  }

  /** The Stripe gateway: one typed method per Stripe operation, errors mapped to the API's codes. */
  getStripeGateway(): StripeGateway {
    return this.stripeGateway_
  }

  /** The raw Stripe client, for code not yet moved to the gateway. Prefer `getStripeGateway()`. */
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
