import type { ILockingModule } from "@medusajs/framework/types"
import { runLocked } from "../run-locked"

/** A locking module that runs the job at once and records what `execute` was asked for. */
function recordingLocking() {
  const calls: { key: string | string[]; args: unknown }[] = []
  const locking = {
    execute: async (key: string | string[], job: () => Promise<unknown>, args: unknown) => {
      calls.push({ key, args })
      return await job()
    },
  } as unknown as ILockingModule
  return { locking, calls }
}

describe("runLocked", () => {
  it("should pass the expiry to the provider, so a lock whose holder died frees after it", async () => {
    const { locking, calls } = recordingLocking()

    expect(await runLocked(locking, "k", async () => "done", { timeout: 30, expire: 5 })).toBe("done")

    expect(calls).toEqual([{ key: "k", args: { timeout: 30, expire: 5 } }])
  })

  it("should leave the provider's default expiry when none is given", async () => {
    const { locking, calls } = recordingLocking()

    await runLocked(locking, "k", async () => "done", { timeout: 5 })

    expect(calls).toEqual([{ key: "k", args: { timeout: 5 } }])
  })
})
