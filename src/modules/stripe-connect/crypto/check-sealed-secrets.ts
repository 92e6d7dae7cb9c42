import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import type { SecretBox } from "./secret-box"
import { SEALED_COLUMNS } from "./sealed-columns"
import { isMissingTable, SealedSecretQueries } from "./sealed-secret-queries"
import { LEGACY_SEALED_VERSION, SEALED_VERSION } from "./sealed-form"

/** One group of stored secrets the configured keys cannot open, described for the operator. */
export type UnreadableSecrets = { table: string; column: string; count: number; keyId: string | null; reason: string }

/**
 * Finds the stored secrets the configured keys cannot open: values naming a key id that is not configured, and, for
 * every key id (and the `v1` form), one value tried with its key (a key configured under the right id with other
 * bytes). Reads a grouped count per column, so the check costs a few queries however many secrets are stored.
 */
export async function findUnreadableSecrets(knex: Knex, box: SecretBox): Promise<UnreadableSecrets[]> {
  const unreadable: UnreadableSecrets[] = []
  for (const target of SEALED_COLUMNS) {
    const queries = new SealedSecretQueries(knex, target)
    for (const group of await queries.groupByKey()) {
      const reason = await unreadableReason(box, group.keyId, group.version, () => queries.read(group.sampleId))
      if (reason) {
        unreadable.push({ ...target, count: group.count, keyId: group.keyId, reason })
      }
    }
  }
  return unreadable
}

async function unreadableReason(
  box: SecretBox,
  keyId: string | null,
  version: string,
  readSample: () => Promise<string | null>
): Promise<string | null> {
  if (version !== LEGACY_SEALED_VERSION && version !== SEALED_VERSION) {
    return `stored in an unknown form ("${version}")`
  }
  if (keyId !== null && !box.keyIds.includes(keyId)) {
    return `sealed with encryption key "${keyId}", which is not configured`
  }
  const sample = await readSample()
  try {
    box.open(sample ?? "")
    return null
  } catch {
    return keyId === null
      ? "in the format without key ids, and none of the configured keys opens them"
      : `sealed with encryption key "${keyId}", but the key configured under that id does not open them`
  }
}

/** One line per unreadable group: "12 values of stripe_connect_webhook_endpoint.secret_sealed are sealed with ...". */
export function describeUnreadableSecrets(unreadable: UnreadableSecrets[]): string {
  return unreadable
    .map((group) => `${group.count} value(s) of ${group.table}.${group.column} are ${group.reason}`)
    .join("; ")
}

/**
 * Stops start-up when stored secrets cannot be opened with the configured keys, naming the table, the count and the
 * key id, instead of failing every per-account webhook delivery and OAuth call later. Skipped before the module's
 * tables exist (a first migration).
 */
export async function assertStoredSecretsReadable(knex: Knex, box: SecretBox): Promise<void> {
  let unreadable: UnreadableSecrets[]
  try {
    unreadable = await findUnreadableSecrets(knex, box)
  } catch (error) {
    if (isMissingTable(error)) {
      return
    }
    throw error
  }
  if (unreadable.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `medusa-plugin-stripe-connect: stored secrets cannot be decrypted with the configured encryptionKeys: ${describeUnreadableSecrets(
        unreadable
      )}. Add the missing key to encryptionKeys (after the current first one), then run the re-encrypt script.`
    )
  }
}
