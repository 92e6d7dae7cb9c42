/** The emulator's clock: real time plus an offset that tests can advance. */
export class Clock {
  private offsetSeconds = 0

  now(): number {
    return Math.floor(Date.now() / 1000) + this.offsetSeconds
  }

  advance(seconds: number): number {
    this.offsetSeconds += Math.trunc(seconds)
    return this.now()
  }

  reset(): void {
    this.offsetSeconds = 0
  }
}
