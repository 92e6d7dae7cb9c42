import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { toMinorUnits } from "../../../modules/stripe-connect/money"
import { checkOrderTotal } from "../../../modules/stripe-connect/reconciliation/check-order-total"
import type { StripeReconciliationMismatchEventData } from "../../../types/reconciliation"
import { toMismatchEventData } from "../utils/mismatch-event"

export type CheckOrderTotalsStepInput = { order_ids: string[] }

export const checkOrderTotalsStepId = "check-stripe-connect-order-totals"

const ORDER_BATCH = 200

type OrderTotal = {
  id: string
  total: number | string | null
  credit_line_total: number | string | null
  currency_code: string
}

/**
 * This step compares the total of each order whose charge was matched in this sync with what its plugin payments
 * charged (`order_total_mismatch`, see `checkOrderTotal`). The order's total is taken before its credit lines
 * (Medusa's refund of a paid order adds one, which lowers `total`), so a refund does not make the charge disagree.
 * Medusa's totals (major units) are read with Query and turned into minor units of the order's currency. An order
 * Medusa does not know is not checked. No compensation: a mismatch found describes the data as it is.
 */
export const checkOrderTotalsStep = createStep(
  checkOrderTotalsStepId,
  async (input: CheckOrderTotalsStepInput, { container }) => {
    if (!input.order_ids.length) {
      return new StepResponse<StripeReconciliationMismatchEventData[]>([])
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const stored: Awaited<ReturnType<StripeConnectModuleService["storeReconciliationMismatches"]>> = []
    // A first catch-up can match charges of thousands of orders: their totals are read a batch at a time.
    for (let start = 0; start < input.order_ids.length; start += ORDER_BATCH) {
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "total", "credit_line_total", "currency_code"],
        filters: { id: input.order_ids.slice(start, start + ORDER_BATCH) },
      })
      const orders = data as unknown as OrderTotal[]
      const chargesByOrder = new Map<string, { payment_id: string; amount: number }[]>()
      for (const charge of await service.listOrderCharges(orders.map((order) => order.id))) {
        const list = chargesByOrder.get(charge.order_id) ?? []
        list.push({ payment_id: charge.payment_id, amount: charge.amount })
        chargesByOrder.set(charge.order_id, list)
      }
      const candidates = orders.flatMap((order) =>
        checkOrderTotal({
          order_id: order.id,
          currency: order.currency_code,
          order_total:
            toMinorUnits(order.total ?? 0, order.currency_code) +
            toMinorUnits(order.credit_line_total ?? 0, order.currency_code),
          charges: chargesByOrder.get(order.id) ?? [],
        })
      )
      stored.push(...(await service.storeReconciliationMismatches(candidates)))
    }
    return new StepResponse(stored.map(toMismatchEventData))
  }
)
