import type { Link } from "@medusajs/framework/modules-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowResponse, type ReturnWorkflow, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"

export const service = (container: MedusaContainer) => container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)

/** An order id that no order has: the host's next step looks it up and fails. */
export const MISSING_ORDER_ID = "order_workflow_test_missing"

/**
 * A host workflow that runs one of the plugin's workflows as a step and then goes on with a step of its own that
 * fails for real: Medusa's `useQueryGraphStep` asked for an order that does not exist, with `throwIfKeyNotFound`.
 * The engine then compensates the plugin's workflow as a whole, as it would in a host's composition.
 */
export function thenHostStepFails<TInput, TOutput, THooks extends unknown[]>(name: string, workflow: ReturnWorkflow<TInput, TOutput, THooks>) {
  return createWorkflow(name, (input: WorkflowData<TInput>) => {
    const result = workflow.runAsStep({ input })
    useQueryGraphStep({ entity: "order", fields: ["id"], filters: { id: MISSING_ORDER_ID }, options: { throwIfKeyNotFound: true } }).config({
      name: `${name}-load-missing-order`,
    })
    return new WorkflowResponse(result)
  })
}

/** Makes the next `count` requests matching method and path fail at the emulator (the SDK retries twice: 3 fail a call). */
export const failAtStripe = (method: string, path: string, status = 500, count = 3) => emulator("POST", "/faults", { status, method, path, count })

/** The error messages of a workflow run that did not throw. */
export const messagesOf = (errors: { error: { message?: string } }[]) => errors.map(({ error }) => error.message ?? "")

/**
 * The plugin records linked to an order, read from the link table itself: a query through the order would hide a
 * link left behind to a deleted record.
 */
export async function orderLinkedIds(container: MedusaContainer, orderId: string, key: "stripe_connect_payment_id" | "stripe_connect_invoice_id" | "stripe_connect_pay_link_id") {
  const rows = (await container.resolve<Link>(ContainerRegistrationKeys.LINK).list({
    [Modules.ORDER]: { order_id: orderId },
    [STRIPE_CONNECT_MODULE]: { [key]: { $ne: null } },
  })) as Record<string, string>[]
  return rows.map((row) => row[key])
}

type TestApi = {
  post: (url: string, body: object, config: object) => Promise<{ status: number; data: Record<string, unknown> }>
  get: (url: string, config: object) => Promise<{ status: number; data: Record<string, unknown> }>
}

/** A reset emulator, a super_admin and one onboarded connected account of `merchant_wf`; answers its id. */
export async function freshOnboardedAccount(api: TestApi, container: MedusaContainer): Promise<string> {
  await emulator("POST", "/reset")
  const admin = await createAdminUser(container, { roles: [{ role: "super_admin" }] })
  return await onboardedAccount(api, container, admin.headers, "merchant_wf")
}

/**
 * An integration of `merchantId` connected through the real OAuth round trip (authorize, the emulator's consent,
 * the callback); answers its id and the connected Stripe account.
 */
export async function connectIntegration(api: TestApi, admin: TestAdmin, merchantId: string): Promise<{ id: string; account: string }> {
  const as = { headers: admin.headers, validateStatus: () => true }
  const created = await api.post("/admin/stripe-connect/integrations", { name: `Stripe ${merchantId}`, merchant_id: merchantId }, as)
  const id = (created.data.integration as { id: string }).id
  const authorized = await api.post(`/admin/stripe-connect/integrations/${id}/authorize`, {}, as)
  const state = new URL(String(authorized.data.authorize_url)).searchParams.get("state") as string
  const { code, account } = await emulator<{ code: string; account: string }>("POST", "/oauth/authorize")
  const callback = await api.get(`/stripe-connect/oauth/callback?${new URLSearchParams({ code, state, scope: "read_write" })}`, { ...as, maxRedirects: 0 })
  expect(callback.status).toBe(303)
  return { id, account }
}
