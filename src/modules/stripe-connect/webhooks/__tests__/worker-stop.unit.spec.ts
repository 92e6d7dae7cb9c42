import { Batcher } from "../batcher"
import { InsertBatcher } from "../insert-batcher"

const turn = () => new Promise((resolve) => setImmediate(resolve))

describe("Batcher.stop", () => {
  it("should drop waiting ids, take no new ones, and resolve once the running batch ended", async () => {
    let finish: () => void = () => {}
    const runs: string[][] = []
    const batcher = new Batcher(
      (ids) => {
        runs.push(ids)
        return new Promise<void>((resolve) => (finish = resolve))
      },
      { maxBatch: 1, delayMs: 60_000, maxConcurrent: 1 }
    )
    batcher.add("a")
    batcher.add("b")
    let stopped = false
    const stopping = batcher.stop().then(() => (stopped = true))
    batcher.add("c")
    await turn()
    expect(stopped).toBe(false)
    expect(batcher.state()).toEqual({ waiting: 0, running: 1 })
    finish()
    await stopping
    expect(runs).toEqual([["a"]])
    expect(batcher.state()).toEqual({ waiting: 0, running: 0 })
  })
})

describe("InsertBatcher.settled", () => {
  it("should resolve only after every row handed in has been stored", async () => {
    const calls: ((ids: (string | null)[]) => void)[] = []
    const batcher = new InsertBatcher<string>(() => new Promise((resolve) => calls.push(resolve)), {
      maxBatch: 100,
      maxInFlight: 1,
    })
    const answer = batcher.insert("a")
    let settled = false
    const settling = batcher.settled().then(() => (settled = true))
    await turn()
    expect(calls).toHaveLength(1)
    expect(settled).toBe(false)
    calls[0](["id_a"])
    await settling
    await expect(answer).resolves.toBe("id_a")
    await expect(
      new InsertBatcher<string>(async () => [], { maxBatch: 1, maxInFlight: 1 }).settled()
    ).resolves.toBeUndefined()
  })
})
