export type InsertBatcherOptions = {
  /** Most rows one statement stores. */
  maxBatch: number
  /** Most statements running at once; rows that arrive meanwhile wait for the next one. */
  maxInFlight: number
}

type Waiting<Row> = { row: Row; resolve: (id: string | null) => void; reject: (error: unknown) => void }

/**
 * Group commit for the webhook endpoints. Deliveries that arrive in the same turn of the event loop, or while
 * the previous statements are still running, are stored by one multi-row statement; each caller's promise settles
 * with its own row's result only after that statement committed, so an answer is never given for a row that is
 * not durable. `insertMany` returns, per row and in order, the new id or null (a duplicate).
 */
export class InsertBatcher<Row> {
  private waiting: Waiting<Row>[] = []
  private inFlight = 0
  private scheduled = false
  private idle: (() => void)[] = []

  constructor(
    private readonly insertMany: (rows: Row[]) => Promise<(string | null)[]>,
    private readonly options: InsertBatcherOptions
  ) {}

  insert(row: Row): Promise<string | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ row, resolve, reject })
      this.schedule()
    })
  }

  /** How many rows wait and how many statements run (for tests and diagnostics). */
  state(): { waiting: number; inFlight: number } {
    return { waiting: this.waiting.length, inFlight: this.inFlight }
  }

  /** Resolves once every row handed in so far is stored (or its statement failed). */
  async settled(): Promise<void> {
    if (this.waiting.length || this.inFlight) {
      await new Promise<void>((resolve) => this.idle.push(resolve))
    }
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight) {
      return
    }
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      this.flush()
    })
  }

  private flush(): void {
    while (this.waiting.length && this.inFlight < this.options.maxInFlight) {
      const batch = this.waiting.splice(0, this.options.maxBatch)
      this.inFlight += 1
      this.insertMany(batch.map((entry) => entry.row))
        .then(
          (ids) => batch.forEach((entry, i) => entry.resolve(ids[i] ?? null)),
          (error: unknown) => batch.forEach((entry) => entry.reject(error))
        )
        .finally(() => {
          this.inFlight -= 1
          if (this.waiting.length) {
            this.schedule()
          } else if (!this.inFlight) {
            this.idle.splice(0).forEach((resolve) => resolve())
          }
        })
    }
  }
}
