/**
 * How many webhook deliveries an app is answering right now (verifying, waiting for their group commit). The
 * processing queue reads it to give the endpoints priority: Stripe waits for the answer and retries on a
 * timeout, while processing only has to keep up on average.
 */
export class IngestLoad {
  private inFlight = 0

  constructor(private readonly busyAt: number) {}

  enter(): void {
    this.inFlight += 1
  }

  leave(): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
  }

  /** Whether enough deliveries are in flight that background work should step back. */
  busy(): boolean {
    return this.inFlight >= this.busyAt
  }
}

/** Deliveries in flight at which the endpoints count as busy (a quiet store sees one or two at a time). */
export const INGEST_BUSY_AT = 8

const loads = new WeakMap<object, IngestLoad>()

/** The app's ingest load, keyed like the app's other webhook state by its database connection. */
export function ingestLoadFor(connection: object): IngestLoad {
  let load = loads.get(connection)
  if (!load) {
    load = new IngestLoad(INGEST_BUSY_AT)
    loads.set(connection, load)
  }
  return load
}
