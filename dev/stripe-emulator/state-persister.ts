import type { Emulator } from "./context"
import { loadStateFile, writeStateFile } from "./state-file"

export const DEFAULT_STATE_SAVE_DELAY_MS = 250

/**
 * Keeps an emulator's state in a file: loads it at start, writes it a short while after requests that change
 * something (one write for a burst of requests), and once more on close. Writes are synchronous, so a write
 * started by a signal handler finishes before the process exits.
 */
export class StatePersister {
  private timer: NodeJS.Timeout | null = null
  private seenStoreVersion = -1
  private closed = false

  constructor(
    private readonly em: Emulator,
    readonly file: string,
    private readonly delayMs = DEFAULT_STATE_SAVE_DELAY_MS,
    private readonly onError: (err: unknown) => void = () => {}
  ) {}

  /** Loads the file (when there is one); throws StateFileError for a file that cannot be used. */
  load(): boolean {
    const loaded = loadStateFile(this.em, this.file)
    this.seenStoreVersion = this.em.store.version
    return loaded
  }

  /**
   * Called after every request. Anything but a GET may change state; so may the hosted pages and the OAuth
   * consent page, and a GET that created an object (the platform account is made on first read).
   */
  afterRequest(method: string, path: string): void {
    const changesState = method !== "GET" || path.startsWith("/_emulator/hosted/") || path === "/oauth/authorize"
    if (changesState || this.em.store.version !== this.seenStoreVersion) this.schedule()
  }

  private schedule(): void {
    if (this.closed || this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      this.save()
    }, this.delayMs)
    this.timer.unref()
  }

  save(): void {
    try {
      this.seenStoreVersion = this.em.store.version
      writeStateFile(this.em, this.file)
    } catch (err) {
      this.onError(err)
    }
  }

  /** Writes the final state and stops scheduling writes. */
  close(): void {
    if (this.closed) return
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.save()
  }
}
