import { InsertBatcher } from "../insert-batcher"

type Deferred = { rows: string[]; resolve: (ids: (string | null)[]) => void; reject: (error: Error) => void }

/** An insertMany whose statements the test completes by hand. */
function manualStore() {
  const calls: Deferred[] = []
  const insertMany = (rows: string[]) =>
    new Promise<(string | null)[]>((resolve, reject) => calls.push({ rows, resolve, reject }))
  return { calls, insertMany }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe("InsertBatcher", () => {
  it("should store rows that arrive together with one statement and give each caller its own row's result", async () => {
    const store = manualStore()
    const batcher = new InsertBatcher(store.insertMany, { maxBatch: 100, maxInFlight: 1 })
    const answers = ["a", "b", "c"].map((row) => batcher.insert(row))
    await tick()
    expect(store.calls.map((call) => call.rows)).toEqual([["a", "b", "c"]])
    store.calls[0].resolve(["id_a", null, "id_c"])
    await expect(Promise.all(answers)).resolves.toEqual(["id_a", null, "id_c"])
  })

  it("should not answer before the statement is done, and batch what arrives meanwhile", async () => {
    const store = manualStore()
    const batcher = new InsertBatcher(store.insertMany, { maxBatch: 100, maxInFlight: 1 })
    let firstSettled = false
    const first = batcher.insert("a").then((id) => ((firstSettled = true), id))
    await tick()
    const later = [batcher.insert("b"), batcher.insert("c")]
    await tick()
    expect(firstSettled).toBe(false)
    expect(store.calls).toHaveLength(1)
    store.calls[0].resolve(["id_a"])
    await expect(first).resolves.toBe("id_a")
    await tick()
    expect(store.calls.map((call) => call.rows)).toEqual([["a"], ["b", "c"]])
    store.calls[1].resolve(["id_b", "id_c"])
    await expect(Promise.all(later)).resolves.toEqual(["id_b", "id_c"])
  })

  it("should split at maxBatch and reject every caller of a failed statement", async () => {
    const store = manualStore()
    const batcher = new InsertBatcher(store.insertMany, { maxBatch: 2, maxInFlight: 2 })
    const answers = ["a", "b", "c"].map((row) => batcher.insert(row).catch((error: Error) => error.message))
    await tick()
    expect(store.calls.map((call) => call.rows)).toEqual([["a", "b"], ["c"]])
    store.calls[0].reject(new Error("connection lost"))
    store.calls[1].resolve(["id_c"])
    await expect(Promise.all(answers)).resolves.toEqual(["connection lost", "connection lost", "id_c"])
    expect(batcher.state()).toEqual({ waiting: 0, inFlight: 0 })
  })
})
