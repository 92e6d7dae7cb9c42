import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { toWebhookEventRow } from "../../../modules/stripe-connect/webhooks/event-row"
import type { WebhookEventEndpoint } from "../../../shared/types/webhook-events"
import { errorMessageOf } from "../../../modules/stripe-connect/errors/error-text"

export type StoreMissedWebhookEventsStepInput = {
  /** Events created at or after this time (unix seconds) are looked at. */
  since: number
  /** Only this scope: "platform" or a connected account id. Default: the platform and every known account. */
  account?: string
}

export type RecoveredWebhookEvent = { id: string; stripe_event_id: string; type: string; account: string | null }

export type StoreMissedWebhookEventsResult = {
  scanned: number
  accounts: number
  recovered: RecoveredWebhookEvent[]
  errors: { account: string; message: string }[]
}

/** Bounds of one run: 10 pages of 100 events per scope; every known account, read 100 at a time. */
const PAGE_SIZE = 100
const MAX_PAGES = 10
const ACCOUNT_PAGE_SIZE = 100

type Scope = { account: string | null; endpoint: WebhookEventEndpoint }

export const storeMissedWebhookEventsStepId = "store-missed-webhook-events"

/**
 * This step lists recent events at Stripe (`GET /v1/events`) for the platform and for each known connected
 * account (with `Stripe-Account`), and stores those never received, with the same insert-once statement as the
 * webhook endpoints. Stored events are true records whatever happens next (the retry job processes any left
 * pending), so there is nothing to compensate. A scope Stripe refuses (e.g. a deauthorized account) is reported
 * in `errors` and the others go on.
 */
export const storeMissedWebhookEventsStep = createStep(
  storeMissedWebhookEventsStepId,
  async (input: StoreMissedWebhookEventsStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const events = (await service.getStripeGateway()).events
    const scopes = await scopesToScan(service, input.account)
    const result: StoreMissedWebhookEventsResult = { scanned: 0, accounts: 0, recovered: [], errors: [] }

    for (const scope of scopes) {
      if (scope.account) {
        result.accounts += 1
      }
      try {
        let startingAfter: string | undefined
        for (let page = 0; page < MAX_PAGES; page++) {
          const list = await events.list(
            {
              created: { gte: input.since },
              limit: PAGE_SIZE,
              ...(startingAfter ? { starting_after: startingAfter } : {}),
            },
            scope.account
          )
          for (const event of list.data) {
            result.scanned += 1
            const account = scope.account ?? event.account ?? null
            const id = await service.insertWebhookEventIfAbsent(
              toWebhookEventRow(event, scope.endpoint, account, JSON.stringify(event))
            )
            if (id) {
              result.recovered.push({ id, stripe_event_id: event.id, type: event.type, account })
            }
          }
          if (!list.has_more || !list.data.length) {
            break
          }
          startingAfter = list.data[list.data.length - 1].id
        }
      } catch (error) {
        // The gateway already turned Stripe's refusal into the API's error (e.g. account_not_found).
        result.errors.push({
          account: scope.account ?? "platform",
          message: errorMessageOf(error),
        })
      }
    }
    return new StepResponse(result)
  }
)

async function scopesToScan(service: StripeConnectModuleService, only?: string): Promise<Scope[]> {
  if (only === "platform") {
    return [{ account: null, endpoint: "platform" }]
  }
  if (only) {
    return [{ account: only, endpoint: "connect" }]
  }
  const scopes: Scope[] = [{ account: null, endpoint: "platform" }]
  const seen = new Set<string>()
  const add = (id: string | null, endpoint: WebhookEventEndpoint) => {
    if (id && !seen.has(id)) {
      seen.add(id)
      scopes.push({ account: id, endpoint })
    }
  }
  for (let skip = 0; ; skip += ACCOUNT_PAGE_SIZE) {
    const page = await service.listConnectedAccounts(
      {},
      { select: ["stripe_account_id"], skip, take: ACCOUNT_PAGE_SIZE, order: { id: "ASC" } }
    )
    page.forEach(({ stripe_account_id }) => add(stripe_account_id, "connect"))
    if (page.length < ACCOUNT_PAGE_SIZE) {
      break
    }
  }
  for (let skip = 0; ; skip += ACCOUNT_PAGE_SIZE) {
    const page = await service.listStripeIntegrations(
      { status: "connected" },
      { select: ["stripe_account_id"], skip, take: ACCOUNT_PAGE_SIZE, order: { id: "ASC" } }
    )
    page.forEach(({ stripe_account_id }) => add(stripe_account_id, "account"))
    if (page.length < ACCOUNT_PAGE_SIZE) {
      break
    }
  }
  return scopes
}
