import { LocalKeyedMutex, LocalSemaphore } from "../local-gate"

describe("LocalKeyedMutex", () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }))
  afterEach(() => jest.useRealTimers())

  it("should hand a key to its waiters one at a time, in arrival order, and forget it when nobody holds it", async () => {
    const mutex = new LocalKeyedMutex()
    const order: string[] = []
    const first = await mutex.enter("k", 5000)
    const second = mutex.enter("k", 5000).then((release) => {
      order.push("second")
      return release
    })
    const third = mutex.enter("k", 5000).then((release) => {
      order.push("third")
      return release
    })
    const other = await mutex.enter("other", 5000)
    expect(other).not.toBeNull()
    other?.()

    first?.()
    ;(await second)?.()
    ;(await third)?.()
    expect(order).toEqual(["second", "third"])
    expect(mutex.size).toBe(0)
  })

  it("should give up at the deadline without taking the key from its holder", async () => {
    const mutex = new LocalKeyedMutex()
    const holder = await mutex.enter("k", 1000)
    const late = mutex.enter("k", 1000)
    jest.advanceTimersByTime(1000)
    expect(await late).toBeNull()
    holder?.()
    expect(mutex.size).toBe(0)
    const next = await mutex.enter("k", 3000)
    expect(next).not.toBeNull()
    next?.()
  })
})

describe("LocalSemaphore", () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }))
  afterEach(() => jest.useRealTimers())

  it("should admit up to its capacity and the next waiter when one leaves; a second release changes nothing", async () => {
    const semaphore = new LocalSemaphore(2)
    const a = await semaphore.enter(1000)
    const b = await semaphore.enter(1000)
    let admitted = false
    const c = semaphore.enter(1000).then((release) => {
      admitted = release !== null
      return release
    })
    await Promise.resolve()
    expect(admitted).toBe(false)
    a?.()
    a?.()
    expect(await c).not.toBeNull()
    expect(admitted).toBe(true)
    const d = semaphore.enter(1000)
    jest.advanceTimersByTime(1000)
    expect(await d).toBeNull()
    b?.()
    ;(await c)?.()
    expect(semaphore.unused).toBe(true)
  })
})
