/** The event bus Medusa uses unless a store configures another; it delivers only inside its own process. */
const IN_PROCESS_EVENT_BUSES = ["@medusajs/medusa/event-bus-local", "@medusajs/event-bus-local"]

/**
 * Whether the configured event bus module (the app's `modules[Modules.EVENT_BUS]` declaration) delivers a message
 * emitted in one process to subscribers in another, as `event-bus-redis` does. Medusa's local event bus, the
 * default when none is configured, does not: a server-only instance would emit into a process without workers.
 * A store's own module is taken to reach other processes (that is what one configures an event bus for).
 */
export function eventBusReachesOtherProcesses(declaration: unknown): boolean {
  if (!declaration || typeof declaration !== "object") {
    return false
  }
  const { resolve, disable } = declaration as { resolve?: unknown; disable?: unknown }
  if (disable === true) {
    return false
  }
  return typeof resolve !== "string" || !IN_PROCESS_EVENT_BUSES.includes(resolve)
}
