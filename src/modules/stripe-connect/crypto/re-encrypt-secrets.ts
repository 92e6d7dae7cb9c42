import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SecretBox } from "./secret-box"
import { SEALED_COLUMNS } from "./sealed-columns"
import { SealedSecretQueries } from "./sealed-secret-queries"

/** What one re-encryption run did, per `table.column`. */
export type ReEncryptionReport = {
  keyId: string
  columns: { table: string; column: string; rewritten: number; unreadable: number; changedMeanwhile: number }[]
}

/**
 * Rewrites every stored secret (soft-deleted rows too) that is not sealed with the first key, `batchSize` rows at a
 * time in id order, each row replaced only if it still holds the value read (a concurrent write wins). Values already
 * on the first key are not touched, so a second run rewrites nothing. Values no configured key opens are counted and
 * left as they are.
 */
export async function reEncryptStoredSecrets(
  knex: Knex,
  box: SecretBox,
  options: { batchSize: number }
): Promise<ReEncryptionReport> {
  const report: ReEncryptionReport = { keyId: box.primaryKeyId, columns: [] }
  for (const target of SEALED_COLUMNS) {
    const queries = new SealedSecretQueries(knex, target)
    const counts = { ...target, rewritten: 0, unreadable: 0, changedMeanwhile: 0 }
    let afterId = ""
    for (;;) {
      const batch = await queries.nextNotSealedWith(box.primaryKeyId, afterId, options.batchSize)
      if (!batch.length) {
        break
      }
      for (const { id, sealed } of batch) {
        const resealed = tryReseal(box, sealed)
        if (resealed === null) {
          counts.unreadable += 1
        } else if (await queries.replace(id, sealed, resealed)) {
          counts.rewritten += 1
        } else {
          counts.changedMeanwhile += 1
        }
      }
      afterId = batch[batch.length - 1].id
    }
    report.columns.push(counts)
  }
  return report
}

function tryReseal(box: SecretBox, sealed: string): string | null {
  try {
    return box.reseal(sealed)
  } catch {
    return null
  }
}
