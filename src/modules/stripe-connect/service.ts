import {
  ContainerRegistrationKeys,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
  toMikroORMEntity,
} from "@medusajs/framework/utils"
import type { ConfigModule, Context, DAL, Logger } from "@medusajs/framework/types"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
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
  StripeConnectIdempotencyKey,
  StripeConnectMoneyIntent,
  StripeConnectBalanceTransaction,
  StripeConnectLedgerCursor,
  StripeConnectReconciliationMismatch,
  StripeConnectSellerTransfer,
  StripeIntegration,
  WebhookEvent,
  WebhookEndpoint,
  SalesChannelAccount,
  CartItemSeller,
} from "./models"
import type { StripeConnectOptions } from "./options"
import type { SecretBox } from "./crypto/secret-box"
import { findUnreadableSecrets, type UnreadableSecrets } from "./crypto/check-sealed-secrets"
import { reEncryptStoredSecrets, type ReEncryptionReport } from "./crypto/re-encrypt-secrets"
import {
  AuditEntryStore,
  type AuditEntryFilters,
  type AuditEntryRow,
  type NewAuditEntry,
} from "./audit/audit-entry-store"
import type { StripeGateway } from "./stripe"
import type { WebhookEventStatus } from "../../shared/types/webhook-events"
import { AccountSecretCache } from "./webhooks/account-secret-cache"
import type { NewWebhookEventRow } from "./webhooks/event-row"
import {
  WebhookEventQueries,
  type StoredWebhookEvent,
  type WebhookEventClaim,
  type WebhookEventListFilters,
  type WebhookEventOutcome,
  type WebhookEventPage,
} from "./webhooks/webhook-event-store"
import { verifyStripeSignature } from "./webhooks/verify-event"
import {
  WebhookPipeline,
  type WebhookEventDispatcher,
  type WebhookEventProcessor,
  type WebhookWorkerMode,
} from "./webhooks/webhook-pipeline"
import type { WriteGuard } from "./records/write-guard"
import type { GuardedRecord, GuardedRecordUpdate } from "./queries/record-tables"
import { updateIfGuardHolds } from "./queries/guarded-update"
import { insertOrFindStored } from "./queries/insert-or-find"
import { deleteSalesChannelClaims, insertSalesChannelClaims } from "./queries/sales-channel-claims"
import { insertCartItemSellers, type NewCartItemSeller } from "./queries/cart-item-sellers"
import { StripeConnectError } from "./errors/stripe-connect-error"
import {
  changeRoleAssignmentKeepingASuperAdmin,
  type RoleAssignmentChange,
  type RoleAssignmentChangeOutcome,
} from "./queries/role-assignment-change"
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  pruneIdempotencyKeys,
  releaseIdempotencyKey,
  type IdempotencyKeyClaim,
  type StoredIdempotencyKey,
} from "./queries/idempotency-keys"
import { readDailyTotalRows, type DailyTotalsScope } from "./queries/daily-total-rows"
import { readRecordAccounts } from "./queries/record-accounts"
import { readSellerSplitsOwed } from "./queries/seller-splits-owed"
import { buildDailyTotals } from "./reports/daily-totals"
import { buildLedgerDailyTotals } from "./reports/ledger-daily-totals"
import { readLedgerDailyRows, type LedgerBalances } from "./queries/ledger-daily-rows"
import type { LedgerDailyTotals } from "../../shared/types/reconciliation"
import type { DailyWindow } from "./reports/daily-window"
import type { CurrencyDailyTotals } from "../../shared/types/reports"
import type {
  BalanceTransactionRow,
  DisputeInput,
  DisputeRow,
  MoneyIntentInput,
  MoneyIntentRow,
  PaymentInput,
  PaymentRow,
  PayoutInput,
  PayoutRow,
  RefundInput,
  RefundRow,
  TransferInput,
  TransferRow,
} from "./types"
import { readWebhookHealth } from "./queries/webhook-health"
import { readFeeBasis, type FeeBasisInForce, type FeeBasisQuery } from "./queries/fee-basis"
import { feeConfigurationInForce } from "./fees"
import { insertPaymentIfAbsent } from "./queries/payment-rows"
import {
  advanceLedgerCursor,
  attributeLedgerLinesToPayout,
  insertLedgerLines,
  readLedgerCursor,
} from "./queries/ledger-lines"
import type { LedgerCursorPosition, LedgerLine } from "./ledger/ledger-line"
import { buildHealth } from "./observability/health-status"
import {
  insertMismatches,
  readMatchContext,
  readOrderCharges,
  readRecordsWithoutLines,
  readSeparateCharges,
  markSeparateChargesChecked,
  readOrderMoneyTrail,
  type OrderMoneyTrailRows,
  readPayoutSummaries,
  readUnmatchedLines,
  writeLineMatches,
  type PayoutSummaryRow,
  type UnmatchedLine,
} from "./queries/reconciliation"
import type { LookupKeys } from "./reconciliation/lookup-keys"
import { readPayoutRunningBalance } from "./queries/payout-running-balance"
import type { PayoutRunningBalanceFacts } from "./reconciliation/payout-running-balance"
import type { LineMatch, MatchContext, MismatchCandidate } from "./reconciliation/types"
import type { RecordWithoutLine } from "./reconciliation/mismatch-candidate"
import type { SeparateChargeFacts } from "./reconciliation/check-separate-charge"
import type { StripeConnectHealthResponse, StripeConnectLockHealth } from "../../shared/types/health"

type InjectedDependencies = {
  baseRepository: DAL.RepositoryService
  logger: Logger
  stripeGateway: StripeGateway
  stripeConnectOptions: StripeConnectOptions
  secretBox: SecretBox
  [ContainerRegistrationKeys.CONFIG_MODULE]?: ConfigModule
}

/**
 * The Stripe Connect module. CRUD for its records comes from MedusaService; Stripe is reached through the
 * gateway registered by the module's loader (`getStripeGateway`), never inside a database transaction.
 */
class StripeConnectModuleService extends MedusaService({
  RoleAssignment,
  ConnectedAccount,
  StripeIntegration,
  SalesChannelAccount,
  CartItemSeller,
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
  StripeConnectIdempotencyKey,
  StripeConnectMoneyIntent,
  StripeConnectBalanceTransaction,
  StripeConnectLedgerCursor,
  StripeConnectReconciliationMismatch,
  StripeConnectSellerTransfer,
}) {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly logger_: Logger
  protected readonly stripeGateway_: StripeGateway
  protected readonly options_: StripeConnectOptions
  protected readonly secretBox_: SecretBox
  protected readonly workerMode_: WebhookWorkerMode
  protected pipeline_: WebhookPipeline | null = null
  protected readonly accountSecrets_: AccountSecretCache

  /** Medusa calls these on the app's shutdown: the webhook pipeline's workers stop with the container. */
  __hooks = {
    onApplicationPrepareShutdown: async () => {
      await this.pipeline_?.stop()
    },
    onApplicationShutdown: async () => {
      await this.pipeline_?.stop()
    },
  }

  constructor(dependencies: InjectedDependencies, ...moduleArgs: unknown[]) {
    super(dependencies, ...moduleArgs)
    this.baseRepository_ = dependencies.baseRepository
    this.logger_ = dependencies.logger
    this.stripeGateway_ = dependencies.stripeGateway
    this.options_ = dependencies.stripeConnectOptions
    this.secretBox_ = dependencies.secretBox
    this.workerMode_ = dependencies[ContainerRegistrationKeys.CONFIG_MODULE]?.projectConfig?.workerMode ?? "shared"
    // Other instances' registrations and deletions reach this cache by a version read rather than an event on
    // Medusa's bus: server-only instances (`workerMode: "server"`), the ones verifying deliveries, run no subscribers,
    // so an event would not reach them. The read is one aggregate over a table of one row per connected integration,
    // at most four a second per instance whatever the delivery rate.
    this.accountSecrets_ = new AccountSecretCache(
      (accountId) => this.readAccountWebhookSecrets_(accountId),
      undefined,
      {
        read: () => this.readWebhookEndpointsVersion_(),
        everyMs: 250,
      }
    )
  }

  /** The Stripe gateway: one typed method per Stripe operation, errors mapped to the API's codes. */
  async getStripeGateway(): Promise<StripeGateway> {
    return this.stripeGateway_
  }

  /** The validated plugin options (defaults applied). */
  async getOptions(): Promise<StripeConnectOptions> {
    return this.options_
  }

  async sealSecret(plaintext: string): Promise<string> {
    return this.secretBox_.seal(plaintext)
  }

  async openSecret(sealed: string): Promise<string> {
    return this.secretBox_.open(sealed)
  }

  /** The stored secrets the configured encryption keys cannot open, grouped by column and key (none when fine). */
  async findUnreadableSecrets(): Promise<UnreadableSecrets[]> {
    return await findUnreadableSecrets(this.pooledKnex_(), this.secretBox_)
  }

  /**
   * Rewrites every stored secret with the first of `encryptionKeys`, `batchSize` rows at a time; values already on
   * that key are left alone, so running it again changes nothing.
   */
  async reEncryptSecrets(options: { batchSize?: number } = {}): Promise<ReEncryptionReport> {
    return await reEncryptStoredSecrets(this.pooledKnex_(), this.secretBox_, { batchSize: options.batchSize ?? 500 })
  }

  // -----------------------------------------------------------------------------------------------------------
  // Audit trail of money actions: insert and list only (the model is kept out of the generated CRUD, so there is
  // no update or delete for it; the table's trigger refuses both too).
  // -----------------------------------------------------------------------------------------------------------

  @InjectManager()
  async createAuditEntry(
    entry: NewAuditEntry,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<AuditEntryRow> {
    return await new AuditEntryStore(knexOf(sharedContext)).insert(entry)
  }

  /** Newest first; `merchant_ids` narrows to those merchants (null: every entry). */
  @InjectManager()
  async listAndCountAuditEntries(
    filters: AuditEntryFilters,
    page: { skip: number; take: number },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<[AuditEntryRow[], number]> {
    return await new AuditEntryStore(knexOf(sharedContext)).listAndCount(filters, page)
  }

  // -----------------------------------------------------------------------------------------------------------
  // Webhook pipeline: the stored Stripe events (receive, claim, complete, retry, replay, recover) and the
  // background workers that hand them to processing. The SQL is in `webhooks/webhook-event-store.ts`; the workers
  // in `webhooks/webhook-pipeline.ts`, made on first use and stopped by `__hooks` on the app's shutdown.
  // -----------------------------------------------------------------------------------------------------------

  /**
   * Connects the pipeline's processing step (a workflow run, which the module cannot start itself). The first
   * processor connected stays; the workflow layer connects it before it hands events over.
   */
  async connectWebhookEventProcessor(processor: WebhookEventProcessor): Promise<void> {
    this.webhookPipeline_().connectProcessor(processor)
  }

  /**
   * Connects how a server-only instance hands stored events to the workers when Medusa's event bus reaches them
   * (an emit, which the module cannot make itself); without one it NOTIFYs. The first dispatcher connected stays.
   */
  async connectWebhookEventDispatcher(dispatcher: WebhookEventDispatcher): Promise<void> {
    this.webhookPipeline_().connectDispatcher(dispatcher)
  }

  /** Processes a batch that the event bus brought, now, and resolves when it is done. */
  async processWebhookEventsNow(ids: string[]): Promise<void> {
    await this.webhookPipeline_().processNow(ids)
  }

  async hasWebhookEventProcessor(): Promise<boolean> {
    return this.pipeline_?.hasProcessor() ?? false
  }

  /**
   * Stores a verified event unless it is stored already (group commit with the deliveries arriving at the same
   * moment) and hands a new one to processing once it committed. Resolves with the new row's id, or null for a
   * duplicate.
   */
  async receiveWebhookEvent(row: NewWebhookEventRow): Promise<string | null> {
    return await this.webhookPipeline_().receive(row)
  }

  /**
   * Hands stored events to processing (in process, or to the workers through the event bus or NOTIFY on a server
   * instance).
   */
  async handOffWebhookEvents(ids: string[]): Promise<void> {
    this.webhookPipeline_().handOff(ids)
  }

  /** On a worker instance: listens for events stored by server instances and processes those pending. */
  async drainPendingWebhookEvents(): Promise<void> {
    await this.webhookPipeline_().drainPending()
  }

  /** How many ids wait in the processing queue and how many batches run. */
  async getWebhookProcessingState(): Promise<{ waiting: number; running: number }> {
    return this.pipeline_?.processingState() ?? { waiting: 0, running: 0 }
  }

  /**
   * Verifies a delivery's `Stripe-Signature` against its raw body with each of `secrets` (400 `invalid_request`
   * when none verifies). Parses nothing and makes no request to Stripe.
   */
  async verifyWebhookSignature(
    rawBody: string,
    signature: string | string[] | undefined,
    secrets: readonly string[]
  ): Promise<void> {
    verifyStripeSignature(this.stripeGateway_.webhooks, rawBody, signature, secrets)
  }

  /**
   * The signing secrets of the endpoints registered on a connected account (cached for a minute; an account
   * without any is remembered as such, in a bounded set, for the same minute). An endpoint registered or deleted
   * by another instance is seen within half a second (the cache's version read).
   */
  async listAccountWebhookSecrets(accountId: string, options: { fresh?: boolean } = {}): Promise<string[]> {
    return await this.accountSecrets_.get(accountId, options)
  }

  /** Drops an account's cached secrets on this instance (its endpoint was just registered or deleted). */
  async forgetAccountWebhookSecrets(accountId: string): Promise<void> {
    this.accountSecrets_.forget(accountId)
  }

  /**
   * Stores several events in one statement, skipping those stored already. Per row, in order: the new id or null.
   * It runs on a pooled connection of the app, never in a transaction: each delivery is answered once its row
   * committed.
   */
  @InjectManager()
  async insertWebhookEvents(
    rows: NewWebhookEventRow[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<(string | null)[]> {
    return await this.webhookEventQueries_(managerOf(sharedContext), { pooled: true }).insertManyIfAbsent(rows)
  }

  /** Stores one event unless it is stored already; the new row's id, or null for a duplicate. */
  @InjectManager()
  async insertWebhookEventIfAbsent(
    row: NewWebhookEventRow,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string | null> {
    return await this.webhookEventQueries_(managerOf(sharedContext), { pooled: true }).insertIfAbsent(row)
  }

  /**
   * Takes events for processing (pending, failed and due, or processing with an expired lease) under
   * `claimToken`, atomically: an event another run holds is left out. The lease lasts
   * `webhookProcessing.leaseSeconds` unless `renewWebhookEventClaim` extends it.
   */
  @InjectManager()
  async claimWebhookEvents(
    ids: string[],
    claimToken: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StoredWebhookEvent[]> {
    return await this.webhookEventQueries_(managerOf(sharedContext)).claim(ids, this.webhookClaim_(claimToken))
  }

  /** Extends the lease of the events `claimToken` holds; returns how many it still holds. */
  @InjectManager()
  async renewWebhookEventClaim(claimToken: string, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return await this.webhookEventQueries_(managerOf(sharedContext)).renewClaim(this.webhookClaim_(claimToken))
  }

  /** How often a processing run renews its claim: three times a lease, so one late renewal loses nothing. */
  async getWebhookClaimRenewalMs(): Promise<number> {
    return Math.floor((this.options_.webhookProcessing.leaseSeconds * 1000) / 3)
  }

  /** The Stripe payloads of these events, by id. */
  @InjectManager()
  async readWebhookEventPayloads(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, Record<string, unknown>>> {
    return await this.webhookEventQueries_(managerOf(sharedContext)).payloads(ids)
  }

  /**
   * Records how claimed attempts ended; only events still `processing` (and, with `claimToken`, still held by that
   * claim) change. Returns how many did.
   */
  @InjectManager()
  async completeWebhookEvents(
    outcomes: { id: string; outcome: WebhookEventOutcome }[],
    claimToken?: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    return await this.webhookEventQueries_(managerOf(sharedContext)).complete(outcomes, claimToken)
  }

  /**
   * Puts an event back to `pending` (replay) and returns the status it had; null when it is being processed right
   * now.
   */
  @InjectManager()
  async requeueWebhookEvent(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous_status: WebhookEventStatus; previous_next_attempt_at: Date | null } | null> {
    return await this.requeueWebhookEvent_(id, sharedContext)
  }

  @InjectTransactionManager()
  protected async requeueWebhookEvent_(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous_status: WebhookEventStatus; previous_next_attempt_at: Date | null } | null> {
    return await this.webhookEventQueries_(managerOf(sharedContext)).requeue(id)
  }

  /** Undoes `requeueWebhookEvent` unless the event was claimed since. */
  @InjectManager()
  async restoreWebhookEventStatus(
    id: string,
    status: WebhookEventStatus,
    nextAttemptAt: Date | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.webhookEventQueries_(managerOf(sharedContext)).restoreStatus(id, status, nextAttemptAt)
  }

  /** Failed events whose retry is due and pending ones older than the grace period, oldest first. */
  @InjectManager()
  async listDueWebhookEventIds(
    options: { pendingGraceSeconds: number; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await this.webhookEventQueries_(managerOf(sharedContext)).findDue(options)
  }

  /** Events left `processing` longer than `stuckSeconds` become failed and due now; returns their ids. */
  @InjectManager()
  async releaseStuckWebhookEvents(
    stuckSeconds: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await this.webhookEventQueries_(managerOf(sharedContext)).releaseStuck(stuckSeconds)
  }

  /** One stored event, with or without its payload; null when there is none. */
  @InjectManager()
  async retrieveStoredWebhookEvent(
    id: string,
    options: { includePayload?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StoredWebhookEvent | null> {
    return await this.webhookEventQueries_(managerOf(sharedContext)).retrieve(id, options)
  }

  /** Stored events newest first, filtered, with a count that stops at `countLimit`. */
  @InjectManager()
  async listStoredWebhookEvents(
    filters: WebhookEventListFilters,
    page: { offset: number; limit: number; countLimit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<WebhookEventPage> {
    return await this.webhookEventQueries_(managerOf(sharedContext)).list(filters, page)
  }

  /** Whether an event about the same object, created later, was already processed (the handlers' ordering check). */
  @InjectManager()
  async hasNewerProcessedWebhookEvent(
    input: { object_id: string; account: string | null; created_after: Date; exclude_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return await this.webhookEventQueries_(managerOf(sharedContext)).hasNewerProcessedEvent(input)
  }

  /**
   * Deletes up to `batchSize` settled events (not pending or processing) received before `before`; returns how
   * many. The retention job calls it until a batch comes back short.
   */
  @InjectManager()
  async pruneWebhookEvents(
    before: Date,
    batchSize: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    return await this.webhookEventQueries_(managerOf(sharedContext)).pruneBefore(before, batchSize)
  }

  /** Pending events, oldest first (on a pooled connection: the pipeline asks outside any transaction). */
  protected async listPendingWebhookEventIds_(limit: number): Promise<string[]> {
    return await this.pooledWebhookEventQueries_().findPending(limit)
  }

  /** Tells the worker instances that pending events wait. */
  protected async notifyPendingWebhookEvents_(): Promise<void> {
    await this.pooledWebhookEventQueries_().notifyPending()
  }

  protected async readAccountWebhookSecrets_(accountId: string): Promise<string[]> {
    const endpoints = await this.listWebhookEndpoints(
      { account_id: accountId },
      { select: ["id", "secret_sealed"], take: null }
    )
    return endpoints.map((endpoint) => this.secretBox_.open(endpoint.secret_sealed))
  }

  /** A value that changes whenever an account endpoint is registered, changed, deleted or restored. */
  protected async readWebhookEndpointsVersion_(): Promise<string> {
    const { rows } = await this.pooledKnex_().raw<{ rows: { version: string }[] }>(
      `SELECT count(*) FILTER (WHERE deleted_at IS NULL) || '/' || count(*) || '/' ||
         coalesce(max(updated_at)::text, '') || '/' || coalesce(max(deleted_at)::text, '') AS version
       FROM stripe_connect_webhook_endpoint`
    )
    return rows[0].version
  }

  /**
   * The event table's statements on the manager's connection: its transaction when there is one, unless `pooled`
   * (the insert of received events runs straight on a pooled connection, see `WebhookEventQueries.queryPooled`).
   */
  protected webhookEventQueries_(manager: SqlEntityManager, options: { pooled?: boolean } = {}): WebhookEventQueries {
    const transaction = options.pooled ? undefined : manager.getTransactionContext<Knex.Transaction>()
    return new WebhookEventQueries(transaction ?? manager.getKnex())
  }

  /** A pooled connection of the app, outside any transaction. */
  protected pooledKnex_(): Knex {
    return (this.baseRepository_.getFreshManager() as SqlEntityManager).getKnex()
  }

  /** The event table's statements on a pooled connection of the app, outside any transaction. */
  protected pooledWebhookEventQueries_(): WebhookEventQueries {
    return this.webhookEventQueries_(this.baseRepository_.getFreshManager() as SqlEntityManager, { pooled: true })
  }

  /** The app's webhook workers, made on first use (a migration or a script that loads the module starts none). */
  protected webhookClaim_(token: string): WebhookEventClaim {
    return { token, leaseSeconds: this.options_.webhookProcessing.leaseSeconds }
  }

  protected webhookPipeline_(): WebhookPipeline {
    this.pipeline_ ??= new WebhookPipeline({
      workerMode: this.workerMode_,
      knex: (this.baseRepository_.getFreshManager() as SqlEntityManager).getKnex(),
      insertMany: (rows) => this.insertWebhookEvents(rows),
      findPending: (limit) => this.listPendingWebhookEventIds_(limit),
      notifyPending: () => this.notifyPendingWebhookEvents_(),
      logger: this.logger_,
    })
    return this.pipeline_
  }

  // -----------------------------------------------------------------------------------------------------------
  // Record queries: the guarded writes, inserts that race with another writer, and report aggregates that the
  // generated CRUD cannot express. The SQL is in `queries/`, its table names taken from the models.
  // -----------------------------------------------------------------------------------------------------------

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

  /** Creates a transfer row that the `transfer.created` recovery may store first; see `createDisputeOrFindStored`. */
  @InjectManager()
  async createTransferOrFindStored(
    data: TransferInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ row: TransferRow; inserted: boolean }> {
    return await insertOrFindStored(
      () => this.createStripeConnectTransfers(data, sharedContext),
      async () =>
        (await this.listStripeConnectTransfers({ transfer_id: data.transfer_id }, { take: 1 }, sharedContext))[0]
    )
  }

  /** Creates a refund row that recovery may store first; see `createDisputeOrFindStored`. */
  @InjectManager()
  async createRefundOrFindStored(
    data: RefundInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ row: RefundRow; inserted: boolean }> {
    return await insertOrFindStored(
      () => this.createStripeConnectRefunds(data, sharedContext),
      async () => (await this.listStripeConnectRefunds({ refund_id: data.refund_id }, { take: 1 }, sharedContext))[0]
    )
  }

  /**
   * Stores a payment intent the plugin created, or answers the row stored first for it (a retried request, or the
   * payment's webhook) with `inserted: false`; one statement when it is new.
   */
  @InjectManager()
  async createPaymentOrFindStored(
    data: PaymentInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ row: PaymentRow; inserted: boolean }> {
    return await insertPaymentIfAbsent(knexOf(sharedContext), data)
  }

  /**
   * What an application fee is decided from (docs/api.md#fee-basis), in one statement: the fee document in force for
   * the currency (its own, else the platform-wide one) with its audited version, the monthly volume of each merchant
   * asked for, and, when asked, the connected account (whose merchant's volume is read too).
   */
  @InjectManager()
  async retrieveFeeBasis(
    query: FeeBasisQuery,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<FeeBasisInForce> {
    const rows = await readFeeBasis(knexOf(sharedContext), query)
    return {
      ...feeConfigurationInForce(rows.configurations, query.currency),
      account: rows.account,
      monthly_volumes: rows.monthly_volumes,
    }
  }

  /**
   * Writes a money movement's intent before its Stripe call, or answers the intent already stored under the same
   * Stripe idempotency key (a retry of the same operation), whose parameters the retry must send again.
   */
  @InjectManager()
  async createMoneyIntentOrFindStored(
    data: MoneyIntentInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ row: MoneyIntentRow; inserted: boolean }> {
    const [stored] = await this.listStripeConnectMoneyIntents(
      { stripe_idempotency_key: data.stripe_idempotency_key },
      { take: 1 },
      sharedContext
    )
    if (stored) {
      return { row: stored, inserted: false }
    }
    return await insertOrFindStored(
      () => this.createStripeConnectMoneyIntents(data, sharedContext),
      async () =>
        (
          await this.listStripeConnectMoneyIntents(
            { stripe_idempotency_key: data.stripe_idempotency_key },
            { take: 1 },
            sharedContext
          )
        )[0]
    )
  }

  /**
   * The Stripe account of every stored record (payment, dispute, payout, transfer, invoice, pay link) that names one
   * of these Stripe object ids: what a per-account endpoint's event is checked against before it is applied.
   */
  @InjectManager()
  async listRecordAccountsByStripeIds(
    stripeIds: string[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ id: string; account: string }[]> {
    return await readRecordAccounts(knexOf(sharedContext), stripeIds)
  }

  /**
   * The payment intents of multi-seller charges with a seller transfer, reversal or restore still owed, oldest first
   * (`readSellerSplitsOwed`): what the retry job works through.
   */
  @InjectManager()
  async listSellerSplitsOwed(
    limit: number,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    return await readSellerSplitsOwed(knexOf(sharedContext), limit)
  }

  /**
   * Makes the account the owner of the sales channels, all or none: one INSERT per call, decided by the unique
   * index on the channel, so two accounts claiming one channel at once cannot both win. A channel another account
   * owns is a 409 `conflict` naming it (and nothing is claimed). Answers the channels this call newly claimed
   * (channels the account already owned are left out), for the caller to undo.
   */
  @InjectManager()
  async claimSalesChannels(
    account: { connected_account_id: string; merchant_id: string },
    salesChannelIds: string[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    return await this.claimSalesChannels_(account, salesChannelIds, sharedContext)
  }

  @InjectTransactionManager()
  protected async claimSalesChannels_(
    account: { connected_account_id: string; merchant_id: string },
    salesChannelIds: string[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    if (!salesChannelIds.length) {
      return []
    }
    const { claimed, owners } = await insertSalesChannelClaims(knexOf(sharedContext), account, salesChannelIds)
    const taken = owners.filter((owner) => owner.connected_account_id !== account.connected_account_id)
    if (taken.length) {
      // Thrown inside the transaction, so the channels this call did claim are released with it.
      throw new StripeConnectError(
        "conflict",
        `add: sales channel ${taken.map((owner) => owner.sales_channel_id).join(", ")} is already linked to another connected account; unlink it there first`,
        { param: "add" }
      )
    }
    return claimed
  }

  /**
   * Fixes the seller of products in carts: a row per (cart, product) that has none yet, the first row winning
   * (later rows for the same pair do nothing). Answers the ids of the rows this call inserted, for the caller to undo.
   */
  @InjectManager()
  async recordCartItemSellers(
    rows: NewCartItemSeller[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    return await this.recordCartItemSellers_(rows, sharedContext)
  }

  @InjectTransactionManager()
  protected async recordCartItemSellers_(
    rows: NewCartItemSeller[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    return await insertCartItemSellers(knexOf(sharedContext), rows)
  }

  /** Gives up the account's ownership of the sales channels; answers the channels it owned. */
  @InjectManager()
  async releaseSalesChannels(
    connectedAccountId: string,
    salesChannelIds: string[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    return await this.releaseSalesChannels_(connectedAccountId, salesChannelIds, sharedContext)
  }

  @InjectTransactionManager()
  protected async releaseSalesChannels_(
    connectedAccountId: string,
    salesChannelIds: string[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    if (!salesChannelIds.length) {
      return []
    }
    return await deleteSalesChannelClaims(knexOf(sharedContext), connectedAccountId, salesChannelIds)
  }

  /**
   * Revokes a role assignment, or changes its merchant scope, unless that takes the last unscoped `super_admin`
   * away: 404 `not_found` for an unknown assignment, 409 `conflict` for the last super_admin. Race-safe: the check
   * and the write hold the super_admin rows' locks in one transaction.
   */
  @InjectManager()
  async changeRoleAssignmentKeepingASuperAdmin(
    id: string,
    change: RoleAssignmentChange,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<void> {
    const outcome = await this.changeRoleAssignmentKeepingASuperAdmin_(id, change, sharedContext)
    if (outcome === "not_found") {
      throw new StripeConnectError("not_found", `No role assignment with id ${id}`)
    }
    if (outcome === "last_super_admin") {
      throw new StripeConnectError(
        "conflict",
        `${id} is the last super_admin role for every merchant; give super_admin to another admin first`
      )
    }
  }

  @InjectTransactionManager()
  protected async changeRoleAssignmentKeepingASuperAdmin_(
    id: string,
    change: RoleAssignmentChange,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<RoleAssignmentChangeOutcome> {
    return await changeRoleAssignmentKeepingASuperAdmin(knexOf(sharedContext), id, change)
  }

  /**
   * Claims an admin client's `Idempotency-Key` for one request (docs/api.md#idempotency) in one atomic statement:
   * `claimed` for exactly one of any number of concurrent first requests; otherwise the stored key (its
   * fingerprint, and its answer once the first request finished) for the caller to replay, refuse or answer 409.
   */
  @InjectManager()
  async claimIdempotencyKey(
    claim: IdempotencyKeyClaim,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ claimed: true; id: string } | { claimed: false; stored: StoredIdempotencyKey | null }> {
    return await claimIdempotencyKey(knexOf(sharedContext), claim)
  }

  /** Stores the answer of the request that holds the key row `id`. */
  @InjectManager()
  async completeIdempotencyKey(
    id: string,
    response: { status: number; body: string },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<void> {
    await completeIdempotencyKey(knexOf(sharedContext), id, response)
  }

  /** Frees the key row `id` of a request whose answer is not to be repeated (a failure worth retrying). */
  @InjectManager()
  async releaseIdempotencyKey(id: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}) {
    await releaseIdempotencyKey(knexOf(sharedContext), id)
  }

  /** Deletes up to `limit` keys older than 24 hours; answers how many were deleted. */
  @InjectManager()
  async pruneIdempotencyKeys(limit: number, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}) {
    return await pruneIdempotencyKeys(knexOf(sharedContext), limit)
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

  /**
   * The ledger's lines summed per balance, currency and UTC day of the window (docs/api.md#ledger-daily-totals),
   * with every day present; the platform's balance first.
   */
  @InjectManager()
  async listLedgerDailyTotals(
    window: DailyWindow,
    balances: LedgerBalances,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<LedgerDailyTotals[]> {
    const rows = await readLedgerDailyRows(knexOf(sharedContext), window, balances)
    return buildLedgerDailyTotals(window, rows)
  }

  /**
   * Stores a page of balance transactions (docs/api.md#reconciliation); a line stored already is skipped, so a
   * page read twice adds nothing. Answers how many lines were new.
   */
  @InjectManager()
  async storeBalanceTransactions(
    lines: LedgerLine[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<number> {
    return await insertLedgerLines(knexOf(sharedContext), lines)
  }

  /**
   * One page of stored lines as the database holds them (docs/api.md#export-csv): `filters` and `order` as the
   * generated list takes them, soft-deleted lines left out, answered as plain rows without entities, an identity
   * map or the serializer, which allocate several times the rows' own size (about 21 MB per 1000 lines against
   * 3 MB). The CSV export streams its pages through this (README, "Reconciliation export benchmark").
   */
  @InjectManager()
  async listBalanceTransactionRows(
    filters: Record<string, unknown>,
    page: { take: number; order: Record<string, "ASC" | "DESC"> },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<BalanceTransactionRow[]> {
    const rows = await managerOf(sharedContext)
      .createQueryBuilder(toMikroORMEntity(StripeConnectBalanceTransaction))
      .select("*")
      .where({ $and: [filters, { deleted_at: null }] })
      .orderBy(page.order)
      .limit(page.take)
      .execute("all", false)
    // The table's columns are the model's fields, read by the same driver the generated list reads with.
    return rows as unknown as BalanceTransactionRow[]
  }

  /** Marks stored lines as settled by a payout (Stripe's `payout` filter); answers how many changed. */
  @InjectManager()
  async attributeBalanceTransactionsToPayout(
    payoutId: string,
    balanceTransactionIds: string[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<number> {
    return await attributeLedgerLinesToPayout(knexOf(sharedContext), payoutId, balanceTransactionIds)
  }

  /** The newest line the sync stored for a balance (`platform` or an account id); null before its first catch-up. */
  @InjectManager()
  async retrieveLedgerCursor(
    scope: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<LedgerCursorPosition | null> {
    return await readLedgerCursor(knexOf(sharedContext), scope)
  }

  /**
   * Moves a balance's cursor forward to the newest line of a finished catch-up (never back). The sync reads
   * Stripe newest first, so the cursor moves only once every page is stored: a catch-up cut short starts again
   * from the old position and skips what it stored.
   */
  @InjectManager()
  async advanceLedgerCursor(
    scope: string,
    newest: LedgerCursorPosition | null,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<void> {
    await advanceLedgerCursor(knexOf(sharedContext), scope, newest)
  }

  /** One page of a balance's ledger lines nothing explains yet, after row id `afterId` (docs/api.md#reconciliation). */
  @InjectManager()
  async listUnmatchedLedgerLines(
    accountId: string | null,
    afterId: string | null,
    limit: number,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<UnmatchedLine[]> {
    return await readUnmatchedLines(knexOf(sharedContext), accountId, afterId, limit)
  }

  /** The plugin's records that may explain lines naming these Stripe ids. */
  @InjectManager()
  async retrieveReconciliationContext(
    keys: LookupKeys,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<MatchContext> {
    return await readMatchContext(knexOf(sharedContext), keys)
  }

  /** Records what explains each line, and resolves the open mismatches those lines no longer have. */
  @InjectManager()
  async recordLedgerMatches(
    matches: { balance_transaction_id: string; match: LineMatch }[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<void> {
    await this.recordLedgerMatches_(matches, sharedContext)
  }

  @InjectTransactionManager()
  protected async recordLedgerMatches_(
    matches: { balance_transaction_id: string; match: LineMatch }[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<void> {
    await writeLineMatches(knexOf(sharedContext), matches)
  }

  /** Stores mismatches found; one found before (same reason, same line or record) is not stored again. Answers the new. */
  @InjectManager()
  async storeReconciliationMismatches(
    candidates: MismatchCandidate[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<(MismatchCandidate & { id: string })[]> {
    return await insertMismatches(knexOf(sharedContext), candidates)
  }

  /** Payouts' figures per account and currency from their lines (docs/api.md#list-reconciled-payouts). */
  @InjectManager()
  async listPayoutSummaries(
    accounts: string[] | null,
    page: { skip: number; take: number },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ rows: PayoutSummaryRow[]; count: number }> {
    return await readPayoutSummaries(knexOf(sharedContext), accounts, page)
  }

  /**
   * A payout's running balance (docs/api.md#payout-running-balance): the lines of its balance since the previous
   * payout (one page, newest first), the balance before them and the period's figures; null when the payout has no
   * line in `accounts` (null: every balance).
   */
  @InjectManager()
  async retrievePayoutRunningBalance(
    payoutId: string,
    accounts: string[] | null,
    page: { skip: number; take: number },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<(PayoutRunningBalanceFacts & { lines: BalanceTransactionRow[] }) | null> {
    return await readPayoutRunningBalance(knexOf(sharedContext), payoutId, accounts, page)
  }

  /** The platform's payments, refunds and transfers made before `before` that no platform ledger line names. */
  @InjectManager()
  async listRecordsWithoutLedgerLines(
    before: Date,
    limit: number,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<RecordWithoutLine[]> {
    return await readRecordsWithoutLines(knexOf(sharedContext), before, limit)
  }

  /**
   * Multi-seller charges captured before `before`, not checked since they last changed, with their sellers' parts
   * and the transfer lines of the charge.
   */
  @InjectManager()
  async listSeparateChargesToCheck(
    before: Date,
    limit: number,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<SeparateChargeFacts[]> {
    return await readSeparateCharges(knexOf(sharedContext), before, limit)
  }

  /** Marks multi-seller charges as checked by reconciliation at `at` (see `readSeparateCharges`). */
  @InjectManager()
  async markSeparateChargesChecked(
    paymentIds: string[],
    at: Date,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<void> {
    await markSeparateChargesChecked(knexOf(sharedContext), paymentIds, at)
  }

  /** What an order's money trail is built from (docs/api.md#order-money-trail), before the caller's scope. */
  @InjectManager()
  async retrieveOrderMoneyTrail(
    orderId: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<OrderMoneyTrailRows> {
    return await readOrderMoneyTrail(knexOf(sharedContext), orderId)
  }

  /** The committed plugin payments of these orders (what each order was charged). */
  @InjectManager()
  async listOrderCharges(
    orderIds: string[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ order_id: string; payment_id: string; amount: number; currency: string }[]> {
    return await readOrderCharges(knexOf(sharedContext), orderIds)
  }

  /**
   * The webhook log's backlog, lag and failures with Stripe's recent errors and the lock service's state, which the
   * caller probes (docs/api.md#health).
   */
  @InjectManager()
  async getHealth(
    locks: StripeConnectLockHealth,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<StripeConnectHealthResponse> {
    const webhooks = await readWebhookHealth(knexOf(sharedContext))
    return buildHealth(webhooks, this.stripeGateway_.recentResponses(), new Date(), locks)
  }
}

/** The context's transaction manager, else its manager (`@InjectManager` sets one of them). */
function managerOf(sharedContext: Context): SqlEntityManager {
  return (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
}

/** The query builder of the context's transaction, else of its manager. */
function knexOf(sharedContext: Context<SqlEntityManager>) {
  const manager = managerOf(sharedContext)
  return manager.getTransactionContext() ?? manager.getKnex()
}

export default StripeConnectModuleService
