import { controllerForAccountType } from "../controller-for-account-type"
import { platformControlsPayouts } from "../../payouts/platform-controls-payouts"

describe("controllerForAccountType", () => {
  it("should give a standard account the full dashboard, its own fees and Stripe's losses and requirements", () => {
    expect(controllerForAccountType("standard")).toEqual({
      fees: { payer: "account" },
      losses: { payments: "stripe" },
      stripe_dashboard: { type: "full" },
      requirement_collection: "stripe",
    })
  })

  it("should give an express account the Express dashboard, the platform's fees and losses, Stripe's requirements", () => {
    expect(controllerForAccountType("express")).toEqual({
      fees: { payer: "application" },
      losses: { payments: "application" },
      stripe_dashboard: { type: "express" },
      requirement_collection: "stripe",
    })
  })

  it("should give a custom account no Stripe dashboard and leave fees, losses and requirements to the platform", () => {
    expect(controllerForAccountType("custom")).toEqual({
      fees: { payer: "application" },
      losses: { payments: "application" },
      stripe_dashboard: { type: "none" },
      requirement_collection: "application",
    })
  })

  it.each([
    ["standard", false],
    ["express", true],
    ["custom", true],
  ] as const)("should leave payouts of a %s account to the platform: %s, as the account type did", (type, controls) => {
    const controller = controllerForAccountType(type)
    expect(
      platformControlsPayouts({
        type: "none",
        controller: {
          type: "application",
          is_controller: true,
          requirement_collection: controller.requirement_collection,
          stripe_dashboard: { type: controller.stripe_dashboard?.type ?? "full" },
        },
      })
    ).toBe(controls)
  })
})
