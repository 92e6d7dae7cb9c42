import { AccountSecretCache } from "../account-secret-cache"
import { LruMap } from "../lru-map"
import { pruneInBatches, retentionCutoff } from "../retention"

describe("LruMap", () => {
  it("should drop the least recently used key when full, counting a read as use", () => {
    const map = new LruMap<string, number>(2)
    map.set("a", 1)
    map.set("b", 2)
    expect(map.get("a")).toBe(1)
    map.set("c", 3)
    expect(map.get("b")).toBeUndefined()
    expect(map.get("a")).toBe(1)
    expect(map.get("c")).toBe(3)
    expect(map.size).toBe(2)
  })
})

describe("AccountSecretCache", () => {
  const limits = { ttlMs: 60_000, maxKnown: 3, maxUnknown: 5 }

  it("should cost one lookup per unknown account, none for its repeats, also not for the fresh retry", async () => {
    const lookups: string[] = []
    const cache = new AccountSecretCache(async (id) => (lookups.push(id), []), limits)
    expect(await cache.get("acct_unknown")).toEqual([])
    expect(await cache.get("acct_unknown", { fresh: true })).toEqual([])
    expect(await cache.get("acct_unknown")).toEqual([])
    expect(lookups).toEqual(["acct_unknown"])
  })

  it("should stay within its bound under a flood of unknown accounts and keep the known accounts' secrets", async () => {
    const lookups: string[] = []
    const cache = new AccountSecretCache(
      async (id) => (lookups.push(id), id.startsWith("acct_known") ? ["whsec_1"] : []),
      limits
    )
    expect(await cache.get("acct_known1")).toEqual(["whsec_1"])
    for (let i = 0; i < 1_000; i++) {
      await cache.get(`acct_flood${i}`)
    }
    expect(cache.sizes()).toEqual({ known: 1, unknown: 5 })
    lookups.length = 0
    expect(await cache.get("acct_known1")).toEqual(["whsec_1"])
    expect(lookups).toEqual([])
  })

  it("should ask again after the minute, and at once after forget", async () => {
    let secrets: string[] = []
    const cache = new AccountSecretCache(async () => secrets, { ...limits, ttlMs: -1 })
    expect(await cache.get("acct_a")).toEqual([])
    secrets = ["whsec_new"]
    expect(await cache.get("acct_a")).toEqual(["whsec_new"])

    const lasting = new AccountSecretCache(async () => secrets, limits)
    secrets = []
    expect(await lasting.get("acct_b")).toEqual([])
    secrets = ["whsec_registered"]
    lasting.forget("acct_b")
    expect(await lasting.get("acct_b")).toEqual(["whsec_registered"])
  })

  describe("with a version read (changes made by another instance)", () => {
    beforeEach(() => jest.useFakeTimers({ now: 0 }))
    afterEach(() => jest.useRealTimers())

    it("should drop what it holds once the version changed, reading the version at most once per interval", async () => {
      let secrets = ["whsec_old"]
      let version = "v1"
      let versionReads = 0
      const cache = new AccountSecretCache(async () => secrets, limits, {
        read: async () => (versionReads++, version),
        everyMs: 250,
      })
      expect(await cache.get("acct_a")).toEqual(["whsec_old"])
      expect(await cache.get("acct_unknown_yet")).toEqual(["whsec_old"])

      secrets = ["whsec_rotated"]
      version = "v2"
      // Within the interval the cache answers alone, from what it holds.
      jest.advanceTimersByTime(249)
      expect(await cache.get("acct_a")).toEqual(["whsec_old"])
      expect(versionReads).toBe(1)

      jest.advanceTimersByTime(1)
      expect(await cache.get("acct_a")).toEqual(["whsec_rotated"])
      expect(versionReads).toBe(2)
      // Unchanged version: the cached secrets stay.
      secrets = ["whsec_not_read"]
      jest.advanceTimersByTime(250)
      expect(await cache.get("acct_a")).toEqual(["whsec_rotated"])
      expect(versionReads).toBe(3)
    })

    it("should not keep secrets a lookup read before a clear it overlapped", async () => {
      let secrets = ["whsec_old"]
      let version = "v1"
      let finishLookup: () => void = () => undefined
      let slow = false
      const cache = new AccountSecretCache(
        async () => {
          const read = secrets
          if (slow) {
            await new Promise<void>((resolve) => (finishLookup = resolve))
          }
          return read
        },
        limits,
        { read: async () => version, everyMs: 250 }
      )
      expect(await cache.get("acct_other")).toEqual(["whsec_old"])
      slow = true
      const overlapped = cache.get("acct_a")
      await Promise.resolve()
      secrets = ["whsec_rotated"]
      version = "v2"
      slow = false
      jest.advanceTimersByTime(250)
      expect(await cache.get("acct_b")).toEqual(["whsec_rotated"])
      finishLookup()
      expect(await overlapped).toEqual(["whsec_old"])
      expect(await cache.get("acct_a")).toEqual(["whsec_rotated"])
    })
  })
})

describe("retention", () => {
  it("should cut off whole days before now", () => {
    expect(retentionCutoff(new Date("2026-12-06T00:00:00Z"), 90)).toEqual(new Date("2026-09-07T00:00:00Z"))
  })

  it("should prune in batches until one comes back short, and stop at the batch limit", async () => {
    let left = 2_500
    const sizes: number[] = []
    const prune = async (size: number) => {
      const count = Math.min(size, left)
      left -= count
      sizes.push(count)
      return count
    }
    expect(await pruneInBatches(prune, { batchSize: 1_000, maxBatches: 10 })).toEqual({ deleted: 2_500, batches: 3 })
    expect(sizes).toEqual([1_000, 1_000, 500])
    left = 5_000
    expect(await pruneInBatches(prune, { batchSize: 1_000, maxBatches: 2 })).toEqual({ deleted: 2_000, batches: 2 })
  })
})
