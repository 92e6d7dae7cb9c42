const DAY_MS = 24 * 60 * 60 * 1000

/** The instant before which stored events are pruned: `retentionDays` whole days before `now`. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS)
}

/**
 * Calls `pruneBatch` (which deletes at most `batchSize` rows and says how many) until a batch comes back short or
 * `maxBatches` ran; returns the rows deleted and the batches run. Each batch is its own short statement.
 */
export async function pruneInBatches(
  pruneBatch: (batchSize: number) => Promise<number>,
  options: { batchSize: number; maxBatches: number }
): Promise<{ deleted: number; batches: number }> {
  let deleted = 0
  let batches = 0
  while (batches < options.maxBatches) {
    const count = await pruneBatch(options.batchSize)
    batches += 1
    deleted += count
    if (count < options.batchSize) {
      break
    }
  }
  return { deleted, batches }
}
