import type { Link } from "@medusajs/framework/modules-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowResponse, type ReturnWorkflow, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { emulator } from "../accounts/emulator"

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
