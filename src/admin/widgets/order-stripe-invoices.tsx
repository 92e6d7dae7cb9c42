import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading } from "@medusajs/ui"
import { useState } from "react"
import { InvoiceCard } from "../components/invoice-card"
import { ErrorNotice, Notice } from "../components/notice"
import { OptionSelect } from "../components/option-select"
import { PayLinksSection } from "../components/pay-links-section"
import { toastOutcome, useConfirm } from "../components/use-confirm"
import { useI18n } from "../hooks/use-i18n"
import { useCreatePayLink, useOrderInvoices, useSendInvoice } from "../hooks/use-invoices"
import { useIntegrations } from "../hooks/use-integrations"
import { usePermissions } from "../hooks/use-me"

/** The order's Stripe invoices and pay links: send an invoice or make a pay link through a connected integration. */
const OrderStripeInvoicesWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useI18n()
  const { can, isLoading: rolesLoading } = usePermissions()
  const allowed = can("GET /admin/orders/:id/stripe-invoices")
  const canListIntegrations = can("GET /admin/stripe-connect/integrations")
  const invoices = useOrderInvoices(order.id, { enabled: allowed })
  const integrations = useIntegrations({ status: "connected", limit: 50 }, { enabled: allowed && canListIntegrations })
  const [chosen, setChosen] = useState<string | null>(null)
  const send = useSendInvoice()
  const payLink = useCreatePayLink()
  const confirm = useConfirm()
  if (rolesLoading || !allowed) return null

  const connected = integrations.data?.data ?? []
  const integrationId = chosen ?? connected[0]?.id ?? null

  const sendInvoice = async () => {
    if (!integrationId) return
    const confirmed = await confirm({
      title: t("orderInvoices.send.confirmTitle"),
      description: t("orderInvoices.send.confirmDescription", {
        email: order.email ?? t("orderInvoices.send.noEmail"),
      }),
      confirmText: t("orderInvoices.send.confirm"),
    })
    if (!confirmed) return
    send.mutate(
      { order_id: order.id, integration_id: integrationId },
      toastOutcome(({ created }) => (created ? t("orderInvoices.send.done") : t("orderInvoices.send.alreadyOpen")))
    )
  }

  const createPayLink = () => {
    if (!integrationId) return
    payLink.mutate(
      { order_id: order.id, integration_id: integrationId },
      toastOutcome(() => t("orderInvoices.payLinkCreated"))
    )
  }

  const list = invoices.data?.data ?? []
  return (
    <Container className="divide-y p-0" data-testid="stripe-invoices-widget">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">{t("orderInvoices.title")}</Heading>
        {canListIntegrations && connected.length > 0 && (
          <div className="flex items-center gap-x-2">
            {connected.length > 1 && (
              <OptionSelect
                size="small"
                value={integrationId ?? undefined}
                onValueChange={setChosen}
                ariaLabel={t("orderInvoices.integration")}
                options={connected.map((integration) => ({ value: integration.id, label: integration.name }))}
              />
            )}
            {can("POST /admin/stripe-connect/pay-links") && (
              <Button size="small" variant="secondary" onClick={createPayLink} isLoading={payLink.isPending}>
                {t("orderInvoices.createPayLink")}
              </Button>
            )}
            {can("POST /admin/stripe-connect/invoices") && (
              <Button size="small" variant="secondary" onClick={sendInvoice} isLoading={send.isPending}>
                {t("orderInvoices.send.button")}
              </Button>
            )}
          </div>
        )}
      </div>
      {canListIntegrations && integrations.data && !connected.length && (
        <Notice tone="muted">{t("orderInvoices.noIntegration")}</Notice>
      )}
      {invoices.error && <ErrorNotice error={invoices.error} role="alert" />}
      {invoices.data && !list.length && <Notice tone="muted">{t("orderInvoices.empty")}</Notice>}
      {list.map((invoice) => (
        <InvoiceCard key={invoice.id} invoice={invoice} />
      ))}
      {can("GET /admin/orders/:id/stripe-pay-links") && <PayLinksSection orderId={order.id} />}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderStripeInvoicesWidget
