export type BatcherOptions = {
  /** Most ids handed over at once. */
  maxBatch: number
  /** How long the first id of a batch waits for company, in ms. */
  delayMs: number
  /** Most batches running at the same time; later ids wait for one to end. */
  maxConcurrent: number
  /** How long to rest after a run that took `runMs` before starting the next one (0: go on at once). */
  restAfterRun?: (runMs: number) => number
  /** Asked every `restCheckMs` while resting; false ends the rest early (the reason for it has passed). */
  keepResting?: () => boolean
  restCheckMs?: number
}

/**
 * Collects ids and hands them to `run` in batches: when `maxBatch` are waiting or `delayMs` after the first, with
 * at most `maxConcurrent` runs at once. It keeps nothing durable: an id lost here (a crash) is still `pending`
 * in the database and the retry job takes it.
 */
export class Batcher {
  private waiting: string[] = []
  private timer: NodeJS.Timeout | null = null
  private running = 0
  private restingUntil = 0
  private stopped = false
  private idle: (() => void)[] = []

  constructor(
    private readonly run: (ids: string[]) => Promise<void>,
    private readonly options: BatcherOptions,
    private readonly onError: (error: unknown, ids: string[]) => void = () => {}
  ) {}

  add(id: string): void {
    if (this.stopped) {
      return
    }
    this.waiting.push(id)
    if (this.waiting.length >= this.options.maxBatch) {
      this.flush()
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.options.delayMs)
    }
  }

  /** How many ids wait and how many batches run (for tests and diagnostics). */
  state(): { waiting: number; running: number } {
    return { waiting: this.waiting.length, running: this.running }
  }

  /**
   * Takes no more ids, drops those waiting (they are `pending` in the database, the retry job takes them) and
   * resolves once the batches that run have ended.
   */
  async stop(): Promise<void> {
    this.stopped = true
    this.waiting = []
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
    }
    if (this.running) {
      await new Promise<void>((resolve) => this.idle.push(resolve))
    }
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
    }
    const rest = this.restingUntil - Date.now()
    if (rest > 0 && this.options.keepResting?.() !== false) {
      if (this.waiting.length) {
        this.timer = setTimeout(() => this.flush(), Math.min(rest, this.options.restCheckMs ?? rest))
      }
      return
    }
    this.restingUntil = 0
    while (this.waiting.length && this.running < this.options.maxConcurrent) {
      const batch = this.waiting.splice(0, this.options.maxBatch)
      const started = Date.now()
      this.running += 1
      this.run(batch)
        .catch((error: unknown) => this.onError(error, batch))
        .finally(() => {
          this.running -= 1
          if (this.stopped) {
            if (!this.running) {
              this.idle.splice(0).forEach((resolve) => resolve())
            }
            return
          }
          const restMs = this.options.restAfterRun?.(Date.now() - started) ?? 0
          if (restMs > 0) {
            this.restingUntil = Math.max(this.restingUntil, Date.now() + restMs)
          }
          if (this.waiting.length) {
            this.flush()
          }
        })
    }
  }
}
