import { Store } from "./store"
import { Clock } from "./clock"
import { Ledger } from "./ledger"
import { Events } from "./events"
import { Webhooks } from "./webhooks"
import { IdempotencyStore } from "./idempotency"
import { Faults } from "./faults"
import { RequestLog } from "./request-log"

export interface OAuthGrant {
  code: string
  account: string
  used: boolean
  scope: string
}

/** All of one emulator's state, shared by the routes and the controls. */
export class Emulator {
  readonly store = new Store()
  readonly clock = new Clock()
  readonly ledger = new Ledger(this.store, this.clock)
  readonly events = new Events(this.store, this.clock)
  readonly webhooks = new Webhooks(this.store)
  readonly idempotency = new IdempotencyStore()
  readonly faults = new Faults()
  readonly log = new RequestLog()
  readonly oauthCodes = new Map<string, OAuthGrant>()
  /** refresh token -> account, and access token -> account, for OAuth-connected accounts. */
  readonly refreshTokens = new Map<string, string>()
  readonly accessTokens = new Map<string, string>()
  /** Accounts connected through OAuth (standard accounts the platform may deauthorize). */
  readonly oauthConnected = new Set<string>()
  /** balance transaction id -> the automatic payout that settled it (Stripe's `payout` filter). */
  readonly payoutOfLine = new Map<string, string>()
  baseUrl = ""

  constructor() {
    this.events.onEvent((event, scope) => this.webhooks.handle(event, scope))
  }

  reset(): void {
    this.store.reset()
    this.clock.reset()
    this.webhooks.reset()
    this.idempotency.reset()
    this.faults.clear()
    this.log.clear()
    this.oauthCodes.clear()
    this.refreshTokens.clear()
    this.accessTokens.clear()
    this.oauthConnected.clear()
    this.payoutOfLine.clear()
  }

  now(): number {
    return this.clock.now()
  }
}
