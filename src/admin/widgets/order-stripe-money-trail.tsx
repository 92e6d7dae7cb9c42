import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { ErrorNotice } from "../components/notice"
import { SectionCard } from "../components/section-card"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { useOrderMoneyTrail } from "../hooks/use-order-money-trail"
import type { MoneyTrailChargeDocument, MoneyTrailTransferDocument } from "../lib/types"

/** One step of the trail: what it is, its amount or state, and the Stripe ids that prove it. */
const Step = ({
  label,
  value,
  detail,
  testId,
}: {
  label: string
  value: ReactNode
  detail?: ReactNode
  testId: string
}) => (
  <div className="flex items-start justify-between gap-x-4" data-testid={testId}>
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="flex flex-col items-end">
      <Text size="small" leading="compact">
        {value}
      </Text>
      {detail && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {detail}
        </Text>
      )}
    </div>
  </div>
)

const TransferTrail = ({ transfer, currency }: { transfer: MoneyTrailTransferDocument; currency: string }) => {
  const { t, money, date } = useI18n()
  const payout = transfer.payout
  return (
    <div className="flex flex-col gap-y-2 border-l-2 pl-3" data-testid="money-trail-transfer">
      <Step
        testId="money-trail-transfer-amount"
        label={t("moneyTrail.transferTo", { account: transfer.account_id })}
        value={transfer.transfer_id ? money(transfer.amount, currency) : t("moneyTrail.notMade")}
        detail={
          [
            transfer.transfer_id,
            transfer.amount_reversed > 0
              ? t("moneyTrail.reversed", { amount: money(transfer.amount_reversed, currency) })
              : null,
          ]
            .filter(Boolean)
            .join(" · ") || undefined
        }
      />
      <Step
        testId="money-trail-payout"
        label={t("moneyTrail.payout")}
        value={
          payout
            ? payout.amount !== null
              ? money(payout.amount, currency)
              : payout.payout_id
            : t("moneyTrail.notInPayout")
        }
        detail={payout ? payout.payout_id : undefined}
      />
      <Step
        testId="money-trail-arrived"
        label={t("moneyTrail.arrived")}
        value={
          payout?.arrived ? (
            <Badge size="2xsmall" color="green">
              {t("moneyTrail.arrivedOn", { date: payout.arrival_date ? date(payout.arrival_date) : "" })}
            </Badge>
          ) : (
            t("moneyTrail.notArrived")
          )
        }
      />
    </div>
  )
}

const ChargeTrail = ({ charge }: { charge: MoneyTrailChargeDocument }) => {
  const { t, money } = useI18n()
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="money-trail-charge">
      <Step
        testId="money-trail-charge-amount"
        label={t("moneyTrail.charge")}
        value={money(charge.amount_captured, charge.currency)}
        detail={[
          charge.charge_id ?? charge.payment_intent_id,
          charge.balance_transaction_id ? null : t("moneyTrail.notInLedger"),
          charge.amount_refunded > 0
            ? t("moneyTrail.refunded", { amount: money(charge.amount_refunded, charge.currency) })
            : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      />
      {charge.stripe_fee !== null && (
        <Step
          testId="money-trail-stripe-fee"
          label={t("moneyTrail.stripeFee")}
          value={money(charge.stripe_fee, charge.currency)}
        />
      )}
      {charge.fee && (
        <Step
          testId="money-trail-fee"
          label={charge.fee.kind === "platform_share" ? t("moneyTrail.platformShare") : t("moneyTrail.applicationFee")}
          value={money(charge.fee.amount, charge.currency)}
        />
      )}
      {charge.transfers.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {t("moneyTrail.noTransfer")}
        </Text>
      ) : (
        charge.transfers.map((transfer) => (
          <TransferTrail
            key={transfer.seller_transfer_id ?? transfer.transfer_id ?? transfer.account_id}
            transfer={transfer}
            currency={charge.currency}
          />
        ))
      )}
    </div>
  )
}

/**
 * Where the order's money went (docs/api.md#order-money-trail): each charge, the platform's fee, the transfers to
 * the accounts, the payout that settled each and whether it arrived, with the open reconciliation mismatches.
 * Orders no plugin charge pays show nothing.
 */
const OrderStripeMoneyTrailWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useI18n()
  const { can, isLoading: rolesLoading } = usePermissions()
  const allowed = can("GET /admin/orders/:id/stripe-money-trail")
  const { data, error } = useOrderMoneyTrail(order.id, { enabled: allowed })
  const charges = data?.charges ?? []
  if (rolesLoading || !allowed || (!error && !charges.length)) return null

  return (
    <SectionCard
      title={t("moneyTrail.title")}
      testId="stripe-money-trail-widget"
      actions={
        data && data.open_mismatches > 0 ? (
          <Badge size="2xsmall" color="orange" data-testid="money-trail-mismatches">
            {t("moneyTrail.openMismatches", { count: data.open_mismatches })}
          </Badge>
        ) : undefined
      }
    >
      {error && <ErrorNotice error={error} role="alert" />}
      {charges.map((charge) => (
        <ChargeTrail key={charge.payment_id} charge={charge} />
      ))}
    </SectionCard>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderStripeMoneyTrailWidget
