import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { STRIPE_CONNECT_MODULE } from ".."
import type StripeConnectModuleService from "../service"
import { RoleAssignment } from "../models"

jest.setTimeout(60_000)

const moduleOptions = {
  apiKey: "sk_test_module_suite",
  webhookSecrets: { platform: ["whsec_platform"], connect: ["whsec_connect"] },
  encryptionKey: Buffer.alloc(32, 3).toString("base64"),
  publicUrl: "http://localhost:9000",
  stripe: { host: "127.0.0.1", port: Number(process.env.STRIPE_EMULATOR_PORT || 12111), protocol: "http" },
}

moduleIntegrationTestRunner<StripeConnectModuleService>({
  moduleName: STRIPE_CONNECT_MODULE,
  moduleModels: [RoleAssignment],
  resolve: "./src/modules/stripe-connect",
  moduleOptions,
  testSuite: ({ service }) => {
    describe("StripeConnectModuleService", () => {
      it("should expose the validated options with their defaults", () => {
        expect(service.getOptions()).toEqual(
          expect.objectContaining({ apiKey: "sk_test_module_suite", maxNetworkRetries: 2, publicUrl: "http://localhost:9000" })
        )
      })

      it("should hold one Stripe client pointed where the options say, with retries on", () => {
        const client = service.getStripeClient()
        expect(client).toBe(service.getStripeClient())
        expect(client.getApiField("host")).toBe("127.0.0.1")
        expect(client.getApiField("protocol")).toBe("http")
        expect(client.getMaxNetworkRetries()).toBe(2)
      })

      it("should seal secrets so that only the module can open them", () => {
        const sealed = service.sealSecret("whsec_account_secret")
        expect(sealed).not.toContain("whsec_account_secret")
        expect(service.openSecret(sealed)).toBe("whsec_account_secret")
      })

      it("should keep one assignment per actor and role", async () => {
        await service.createRoleAssignments({ actor_id: "user_1", role: "pos_staff", merchant_ids: ["m1"] })
        await expect(
          service.createRoleAssignments({ actor_id: "user_1", role: "pos_staff", merchant_ids: null })
        ).rejects.toThrow()
        await service.createRoleAssignments({ actor_id: "user_1", role: "manager", merchant_ids: null })
        const assignments = await service.listRoleAssignments({ actor_id: "user_1" })
        expect(assignments.map((assignment) => assignment.role).sort()).toEqual(["manager", "pos_staff"])
        expect(assignments.find((assignment) => assignment.role === "pos_staff")?.merchant_ids).toEqual(["m1"])
      })

      it("should allow the role again once the assignment is deleted", async () => {
        const created = await service.createRoleAssignments({ actor_id: "user_2", role: "admin" })
        await service.softDeleteRoleAssignments(created.id)
        await expect(service.createRoleAssignments({ actor_id: "user_2", role: "admin" })).resolves.toBeDefined()
      })
    })
  },
})
