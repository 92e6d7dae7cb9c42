/**
 * Waiting in process memory, with a deadline: a FIFO of sleepers, each woken by a release or given up at its
 * deadline. The lock helpers below wait here before they ask the locking provider, so a queue of requests for one
 * key costs no database connection (Postgres advisory locks hold one per waiter).
 */
class Sleepers {
  private readonly queue: (() => void)[] = []

  /** Resolves true when woken (the resource is handed over), false when the deadline passed first. */
  wait(deadline: number): Promise<boolean> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer)
        resolve(true)
      }
      const timer = setTimeout(
        () => {
          const index = this.queue.indexOf(wake)
          if (index >= 0) {
            this.queue.splice(index, 1)
          }
          resolve(false)
        },
        Math.max(deadline - Date.now(), 0)
      )
      this.queue.push(wake)
    })
  }

  /** Hands the resource to the longest sleeper; false when nobody waits. */
  wakeOne(): boolean {
    const next = this.queue.shift()
    next?.()
    return Boolean(next)
  }

  get size(): number {
    return this.queue.length
  }
}

/** At most `capacity` holders at once; `enter` resolves with the release, or null at the deadline. */
export class LocalSemaphore {
  private readonly sleepers = new Sleepers()
  private free: number

  constructor(private readonly capacity: number) {
    this.free = capacity
  }

  async enter(deadline: number): Promise<(() => void) | null> {
    if (this.free > 0) {
      this.free -= 1
    } else if (!(await this.sleepers.wait(deadline))) {
      return null
    }
    let released = false
    return () => {
      if (released) {
        return
      }
      released = true
      if (!this.sleepers.wakeOne()) {
        this.free += 1
      }
    }
  }

  /** Nobody holds it and nobody waits. */
  get unused(): boolean {
    return this.free === this.capacity && this.sleepers.size === 0
  }
}

/** One holder per key at once, in arrival order; keys nobody holds or waits for are forgotten. */
export class LocalKeyedMutex {
  private readonly keys = new Map<string, LocalSemaphore>()

  async enter(key: string, deadline: number): Promise<(() => void) | null> {
    let mutex = this.keys.get(key)
    if (!mutex) {
      mutex = new LocalSemaphore(1)
      this.keys.set(key, mutex)
    }
    const release = await mutex.enter(deadline)
    if (!release) {
      this.forgetIfUnused(key, mutex)
      return null
    }
    return () => {
      release()
      this.forgetIfUnused(key, mutex)
    }
  }

  /** How many keys are held or awaited (for tests). */
  get size(): number {
    return this.keys.size
  }

  private forgetIfUnused(key: string, mutex: LocalSemaphore) {
    if (mutex.unused && this.keys.get(key) === mutex) {
      this.keys.delete(key)
    }
  }
}
