import type Stripe from "stripe"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context, Logger } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
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
import type { WriteGuard } from "./records/write-guard"
import type { GuardedRecord, GuardedRecordUpdate } from "./queries/record-tables"
import { updateIfGuardHolds } from "./queries/guarded-update"
import { insertOrFindStored } from "./queries/insert-or-find"
import { readDailyTotalRows, type DailyTotalsScope } from "./queries/daily-total-rows"
import { buildDailyTotals } from "./reports/daily-totals"
import type { DailyWindow } from "./reports/daily-window"
import type { CurrencyDailyTotals } from "./reports/types"
import type { DisputeInput, DisputeRow, PayoutInput, PayoutRow } from "./types"

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

  // ---- Record queries: the writes and reads the generated CRUD cannot express. The SQL lives in `queries/`. ----

  /**
   * Writes `data` onto the record `id` only while the stored row still satisfies `guard`, checked in the UPDATE
   * itself (see `WriteGuard`), so a newer state another writer stored after this caller's read is never
   * overwritten. Answers whether the record was written.
   */
  @InjectManager()
  async updateRecordIfGuardHolds<K extends GuardedRecord>(
    record: K,
    id: string,
    guard: WriteGuard,
    data: GuardedRecordUpdate<K>,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<boolean> {
    return await this.updateRecordIfGuardHolds_(record, id, guard, data, sharedContext)
  }

  @InjectTransactionManager()
  protected async updateRecordIfGuardHolds_<K extends GuardedRecord>(
    record: K,
    id: string,
    guard: WriteGuard,
    data: GuardedRecordUpdate<K>,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<boolean> {
    return await updateIfGuardHolds(knexOf(sharedContext), record, id, guard, data)
  }

  /**
   * Creates a dispute that another writer may create at the same moment (a webhook handler and an evidence
   * submission both seeing it first). When the unique dispute id refuses the row, answers the other writer's row
   * with `inserted: false`, for the caller to write its own fields over.
   */
  @InjectManager()
  async createDisputeOrFindStored(
    data: DisputeInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ row: DisputeRow; inserted: boolean }> {
    return await insertOrFindStored(
      () => this.createStripeConnectDisputes(data, sharedContext),
      async () => (await this.listStripeConnectDisputes({ dispute_id: data.dispute_id }, { take: 1 }, sharedContext))[0]
    )
  }

  /** Creates a payout that its `payout.created` handler may store first; see `createDisputeOrFindStored`. */
  @InjectManager()
  async createPayoutOrFindStored(
    data: PayoutInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ row: PayoutRow; inserted: boolean }> {
    return await insertOrFindStored(
      () => this.createStripeConnectPayouts(data, sharedContext),
      async () => (await this.listStripeConnectPayouts({ payout_id: data.payout_id }, { take: 1 }, sharedContext))[0]
    )
  }

  /**
   * The stored payments, refunds and payouts summed per currency and UTC day of the window, narrowed to the
   * scope's merchants, with every day present and the busiest currency first.
   */
  @InjectManager()
  async listDailyTotals(
    window: DailyWindow,
    scope: DailyTotalsScope,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<CurrencyDailyTotals[]> {
    const rows = await readDailyTotalRows(knexOf(sharedContext), window, scope)
    return buildDailyTotals(window, rows)
  }
}

/** The query builder of the context's transaction, else of its manager. */
function knexOf(sharedContext: Context<SqlEntityManager>) {
  const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
  return manager.getTransactionContext() ?? manager.getKnex()
}

export default StripeConnectModuleService
