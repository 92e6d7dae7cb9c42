import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import { StripeConnectIdempotencyKey } from "../models"

const TABLE = StripeConnectIdempotencyKey.parse().tableName

/** How long a key answers its first response again (as at Stripe). */
export const IDEMPOTENCY_KEY_TTL_SECONDS = 24 * 60 * 60
/**
 * How long a request may hold a key before another request may take it over: the first one crashed (its process
 * died before it answered), so its key would otherwise answer 409 for a day. Longer than any request takes.
 */
export const IDEMPOTENCY_KEY_LEASE_SECONDS = 5 * 60

export type IdempotencyKeyClaim = {
  scope: string
  key: string
  fingerprint: string
  method: string
  path: string
}

export type StoredIdempotencyKey = {
  id: string
  fingerprint: string
  response_status: number | null
  response_body: string | null
  completed_at: Date | null
}

/**
 * Claims a key for a request in one statement, so concurrent first requests race safely: the INSERT wins for
 * exactly one of them, the others conflict. A stored key is taken over (in the same statement) only when it has
 * expired, or when the same request's earlier attempt never answered within the lease. Answers whether this
 * request now holds the key, and the stored row when it does not.
 */
export async function claimIdempotencyKey(
  knex: Knex,
  claim: IdempotencyKeyClaim
): Promise<{ claimed: true; id: string } | { claimed: false; stored: StoredIdempotencyKey | null }> {
  const id = generateEntityId(undefined, "scidem")
  const result = await knex.raw<{ rows: { id: string }[] }>(
    `INSERT INTO "${TABLE}" AS held (id, scope, key, fingerprint, method, path, locked_at)
     VALUES (:id, :scope, :key, :fingerprint, :method, :path, now())
     ON CONFLICT (scope, key) DO UPDATE SET
       id = EXCLUDED.id, fingerprint = EXCLUDED.fingerprint, method = EXCLUDED.method, path = EXCLUDED.path,
       locked_at = now(), response_status = NULL, response_body = NULL, completed_at = NULL,
       created_at = now(), updated_at = now(), deleted_at = NULL
     WHERE held.created_at < now() - make_interval(secs => :ttl)
        OR held.deleted_at IS NOT NULL
        OR (held.completed_at IS NULL AND held.fingerprint = EXCLUDED.fingerprint
            AND held.locked_at < now() - make_interval(secs => :lease))
     RETURNING id`,
    { id, ...claim, ttl: IDEMPOTENCY_KEY_TTL_SECONDS, lease: IDEMPOTENCY_KEY_LEASE_SECONDS }
  )
  if (result.rows[0]) {
    return { claimed: true, id: result.rows[0].id }
  }
  const stored = await knex(TABLE)
    .select("id", "fingerprint", "response_status", "response_body", "completed_at")
    .where({ scope: claim.scope, key: claim.key })
    .first()
  return { claimed: false, stored: (stored as StoredIdempotencyKey | undefined) ?? null }
}

/** Stores the answer of the request holding key row `id`, for repeats of it. */
export async function completeIdempotencyKey(
  knex: Knex,
  id: string,
  response: { status: number; body: string }
): Promise<void> {
  await knex(TABLE)
    .where({ id })
    .whereNull("completed_at")
    .update({ response_status: response.status, response_body: response.body, completed_at: knex.fn.now() })
}

/** Frees key row `id` (its request ended without an answer worth repeating), so the key can be used again. */
export async function releaseIdempotencyKey(knex: Knex, id: string): Promise<void> {
  await knex(TABLE).where({ id }).whereNull("completed_at").delete()
}

/** Deletes up to `limit` expired keys; answers how many. */
export async function pruneIdempotencyKeys(knex: Knex, limit: number): Promise<number> {
  const result = await knex.raw<{ rowCount: number }>(
    `DELETE FROM "${TABLE}" WHERE id IN (
       SELECT id FROM "${TABLE}" WHERE created_at < now() - make_interval(secs => :ttl) LIMIT :limit
     )`,
    { ttl: IDEMPOTENCY_KEY_TTL_SECONDS, limit }
  )
  return result.rowCount ?? 0
}
