import { eventBusReachesOtherProcesses } from "../event-bus-reach"

describe("eventBusReachesOtherProcesses", () => {
  it("should say Medusa's Redis event bus reaches other processes", () => {
    expect(eventBusReachesOtherProcesses({ resolve: "@medusajs/medusa/event-bus-redis", options: {} })).toBe(true)
    expect(eventBusReachesOtherProcesses({ resolve: "@medusajs/event-bus-redis" })).toBe(true)
  })

  it("should take a store's own event bus module to reach other processes", () => {
    expect(eventBusReachesOtherProcesses({ resolve: "./src/modules/my-event-bus" })).toBe(true)
  })

  it("should say the local event bus, a missing or a disabled declaration stays in the process", () => {
    expect(eventBusReachesOtherProcesses({ resolve: "@medusajs/medusa/event-bus-local" })).toBe(false)
    expect(eventBusReachesOtherProcesses({ resolve: "@medusajs/event-bus-local" })).toBe(false)
    expect(eventBusReachesOtherProcesses(undefined)).toBe(false)
    expect(eventBusReachesOtherProcesses(false)).toBe(false)
    expect(eventBusReachesOtherProcesses({ resolve: "@medusajs/medusa/event-bus-redis", disable: true })).toBe(false)
  })
})
