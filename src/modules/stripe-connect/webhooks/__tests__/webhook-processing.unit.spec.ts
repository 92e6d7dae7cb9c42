import { Batcher, type BatcherOptions } from "../batcher"
import { IngestLoad } from "../ingest-load"
import { orderForProcessing } from "../processing-order"

/**
 * Records the batches a Batcher hands over; `reached(n)` settles once `n` batches have been handed over, so a
 * test waits on that event instead of on time.
 */
function batchRecorder() {
  const runs: string[][] = []
  const waiters: { count: number; resolve: () => void }[] = []
  const record = (ids: string[]) => {
    runs.push(ids)
    for (const waiter of waiters.filter((w) => runs.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1)
      waiter.resolve()
    }
  }
  const reached = (count: number) =>
    runs.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve }))
  return { runs, record, reached }
}

describe("Batcher", () => {
  afterEach(() => {
    jest.useRealTimers()
  })

  it("should hand over a full batch at once and the rest after the delay", async () => {
    jest.useFakeTimers()
    const { runs, record } = batchRecorder()
    // Runs that do not end: an ended run would hand over the waiting ids at once (the next test).
    const batcher = new Batcher((ids) => new Promise<void>(() => record(ids)), {
      maxBatch: 3,
      delayMs: 20,
      maxConcurrent: 2,
    })
    for (const id of ["a", "b", "c", "d"]) batcher.add(id)
    expect(runs).toEqual([["a", "b", "c"]])
    await jest.advanceTimersByTimeAsync(19)
    expect(runs).toEqual([["a", "b", "c"]])
    await jest.advanceTimersByTimeAsync(1)
    expect(runs).toEqual([["a", "b", "c"], ["d"]])
  })

  it("should run at most maxConcurrent batches and continue with the waiting ids when one ends", async () => {
    const release: (() => void)[] = []
    const { runs, record, reached } = batchRecorder()
    const batcher = new Batcher(
      (ids) => {
        record(ids)
        return new Promise<void>((resolve) => release.push(resolve))
      },
      { maxBatch: 1, delayMs: 5, maxConcurrent: 2 }
    )
    for (const id of ["a", "b", "c"]) batcher.add(id)
    expect(runs).toEqual([["a"], ["b"]])
    expect(batcher.state()).toEqual({ waiting: 1, running: 2 })
    release[0]()
    await reached(3)
    expect(runs).toEqual([["a"], ["b"], ["c"]])
    expect(batcher.state()).toEqual({ waiting: 0, running: 2 })
  })

  it("should report a failed batch and keep going", async () => {
    const failures: string[][] = []
    const { runs, record, reached } = batchRecorder()
    const batcher = new Batcher(
      async (ids) => {
        record(ids)
        if (runs.length === 1) throw new Error("down")
      },
      { maxBatch: 1, delayMs: 1, maxConcurrent: 1 },
      (_error, ids) => failures.push(ids)
    )
    batcher.add("a")
    batcher.add("b")
    await reached(2)
    expect(failures).toEqual([["a"]])
    expect(runs).toEqual([["a"], ["b"]])
  })
})

describe("Batcher rest between runs", () => {
  beforeEach(() => {
    jest.useFakeTimers()
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  /** A batcher of one id per run and one run at a time with these rest options, given "a" and "b"; its recorder. */
  const twoRunsWith = (rest: Pick<BatcherOptions, "restAfterRun" | "keepResting" | "restCheckMs">) => {
    const recorder = batchRecorder()
    const batcher = new Batcher(async (ids) => recorder.record(ids), {
      maxBatch: 1,
      delayMs: 1,
      maxConcurrent: 1,
      ...rest,
    })
    batcher.add("a")
    batcher.add("b")
    return recorder
  }

  it("should wait the rest it is given after a run before starting the next batch", async () => {
    const { runs } = twoRunsWith({ restAfterRun: () => 40 })
    await jest.advanceTimersByTimeAsync(39)
    expect(runs).toEqual([["a"]])
    await jest.advanceTimersByTimeAsync(1)
    expect(runs).toEqual([["a"], ["b"]])
  })

  it("should end a rest early once it is no longer needed", async () => {
    let busy = true
    const { runs } = twoRunsWith({ restAfterRun: () => 10_000, keepResting: () => busy, restCheckMs: 20 })
    await jest.advanceTimersByTimeAsync(100)
    expect(runs).toEqual([["a"]])
    busy = false
    await jest.advanceTimersByTimeAsync(20)
    expect(runs).toEqual([["a"], ["b"]])
  })

  it("should go on at once when the rest is zero", async () => {
    const { runs, reached } = twoRunsWith({ restAfterRun: () => 0 })
    await reached(2)
    expect(runs).toEqual([["a"], ["b"]])
    expect(jest.getTimerCount()).toBe(0)
  })
})

describe("IngestLoad", () => {
  const clockAt = () => {
    const clock = { ms: 0 }
    return { clock, now: () => clock.ms }
  }
  const enterTimes = (load: IngestLoad, count: number) => Array.from({ length: count }, () => load.enter())
  const leaveTimes = (load: IngestLoad, count: number) => Array.from({ length: count }, () => load.leave())

  it("should be busy once deliveries have been in flight above the threshold for a while, and calm down after", () => {
    const { clock, now } = clockAt()
    const load = new IngestLoad(8, 2, 1000, now)
    enterTimes(load, 10)
    expect(load.busy()).toBe(false)
    clock.ms = 1000 // average 10 * (1 - 1/e) = 6.3
    expect(load.busy()).toBe(false)
    clock.ms = 3000 // 9.5
    expect(load.busy()).toBe(true)
    leaveTimes(load, 10)
    clock.ms = 3100
    expect(load.busy()).toBe(true)
    clock.ms = 5000 // 9.5 / e^2 = 1.3
    expect(load.busy()).toBe(false)
  })

  it("should not be busy for a short spike of deliveries in flight", () => {
    const { clock, now } = clockAt()
    const load = new IngestLoad(8, 2, 1000, now)
    clock.ms = 500
    enterTimes(load, 30)
    clock.ms = 550
    leaveTimes(load, 30)
    expect(load.busy()).toBe(false)
    clock.ms = 600
    expect(load.busy()).toBe(false)
  })

  it("should be quiet only once the average fell below its lower threshold", () => {
    const { clock, now } = clockAt()
    const load = new IngestLoad(8, 2, 1000, now)
    enterTimes(load, 10)
    clock.ms = 3000 // 9.5
    expect(load.quiet()).toBe(false)
    leaveTimes(load, 10)
    clock.ms = 4000 // 3.5: no longer busy, not yet quiet
    expect(load.busy()).toBe(false)
    expect(load.quiet()).toBe(false)
    clock.ms = 5000 // 1.3
    expect(load.quiet()).toBe(true)
  })

  it("should not count below zero when more leave than entered", () => {
    const { clock, now } = clockAt()
    const load = new IngestLoad(1, 0.25, 1000, now)
    leaveTimes(load, 3)
    enterTimes(load, 2)
    clock.ms = 10_000
    expect(load.busy()).toBe(true)
  })
})

describe("orderForProcessing", () => {
  const event = (id: string, object: string | null, created: number, account: string | null = null) => ({
    id,
    account,
    related_object_ids: object ? [object] : [],
    stripe_created_at: new Date(created * 1000),
  })

  it("should chain events about one object oldest first and keep other objects apart", () => {
    const chains = orderForProcessing([
      event("e3", "dp_1", 30),
      event("e1", "dp_1", 10),
      event("e2", "po_1", 20),
      event("e4", "dp_1", 20),
    ])
    expect(chains.map((chain) => chain.map((item) => item.id))).toEqual([["e1", "e4", "e3"], ["e2"]])
  })

  it("should treat the same object id of two accounts, and events without an object, as independent", () => {
    const chains = orderForProcessing([
      event("a", "ch_1", 1, "acct_a"),
      event("b", "ch_1", 1, "acct_b"),
      event("c", null, 1),
      event("d", null, 1),
    ])
    expect(chains).toHaveLength(4)
  })
})
