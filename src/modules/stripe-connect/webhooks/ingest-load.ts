/**
 * How busy an app's webhook endpoints are: the number of deliveries in flight (verified, waiting for their group
 * commit), averaged over the last quarter second or so. The processing queue reads it to give the endpoints priority
 * during a burst: Stripe waits for the answer and retries on a timeout, while processing only has to keep up on
 * average. The average, not the count at the moment, decides: at a steady 200 events/s a few slow answers (while a
 * processing batch runs) put 8 deliveries in flight for an instant, and stepping back on each of those instants
 * kept processing below 200 events/s (measured with `npm run bench:webhooks`).
 */
export class IngestLoad {
  private inFlight = 0
  private average = 0
  private changedAt: number

  constructor(
    private readonly busyAt: number,
    private readonly quietBelow: number = busyAt / 4,
    private readonly windowMs: number = INGEST_WINDOW_MS,
    private readonly now: () => number = () => performance.now()
  ) {
    this.changedAt = now()
  }

  enter(): void {
    this.settle()
    this.inFlight += 1
  }

  leave(): void {
    this.settle()
    this.inFlight = Math.max(0, this.inFlight - 1)
  }

  /** Whether enough deliveries have been in flight lately that background work should step back. */
  busy(): boolean {
    this.settle()
    return this.average >= this.busyAt
  }

  /** Whether the deliveries in flight lately are few enough that a rest taken during a burst can end. */
  quiet(): boolean {
    this.settle()
    return this.average < this.quietBelow
  }

  /** Moves the average to now: the count held since the last change, weighted by how long it was held. */
  private settle(): void {
    const now = this.now()
    const held = now - this.changedAt
    if (held > 0) {
      this.average += (this.inFlight - this.average) * (1 - Math.exp(-held / this.windowMs))
      this.changedAt = now
    }
  }
}

/**
 * Deliveries in flight (after verification, until their commit), on average, at which the endpoints count as busy.
 * By Little's law, with about 8 ms from verification to commit: the benchmark's burst (1,150/s) holds about 9, a
 * steady 200 events/s under 2. With 8 here the burst hovered at the threshold and processing kept cutting in.
 */
export const INGEST_BUSY_AT = 4

/** Below this average a rest ends early: the burst is over. */
export const INGEST_QUIET_BELOW = 1

/**
 * The time constant of the average, in milliseconds: long enough that a blocked moment in a steady stream is not
 * a burst, short enough that a burst takes the CPU from processing within about 150 ms.
 */
export const INGEST_WINDOW_MS = 250
