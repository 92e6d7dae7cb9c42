import type { Emulator } from "./context"
import type { ControlHandler, ControlResult } from "./server"

export function createControls(em: Emulator): ControlHandler {
  return async (method: string, path: string): Promise<ControlResult> => {
    if (method === "POST" && path === "/_emulator/reset") {
      em.reset()
      return { status: 200, body: { ok: true } }
    }
    return { status: 404, body: { error: { type: "invalid_request_error", message: `Unknown control ${method} ${path}` } } }
  }
}
