/**
 * What a thrown value says, for stored failure messages and logs. An Error's message; a string as it is; the
 * `message` (and `name`) of an error that crossed a workflow, which `workflow.run()` rethrows as a plain object
 * (Medusa's orchestrator serializes a step's failure); anything else as JSON. Never an empty "Unknown error".
 */
export function errorText(error: unknown): { name: string | null; message: string } {
  if (typeof error === "string") {
    return { name: null, message: error }
  }
  if (typeof error === "object" && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown }
    const named = typeof name === "string" && name !== "" && name !== "Error" ? name : null
    if (typeof message === "string" && message !== "") {
      return { name: named, message }
    }
    const json = safeJson(error)
    return { name: named, message: json && json !== "{}" ? json : `${named ?? "Error"} without a message` }
  }
  return { name: null, message: String(error) }
}

/** `errorText`'s message alone. */
export function errorMessageOf(error: unknown): string {
  return errorText(error).message
}

function safeJson(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null
  } catch {
    return null
  }
}
