import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Select, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { InvoiceCard } from "../components/invoice-card"
import { PayLinksSection } from "../components/pay-links-section"
import { useI18n } from "../hooks/use-i18n"
import { useCreatePayLink, useOrderInvoices, useSendInvoice } from "../hooks/use-invoices"
import { useIntegrations } from "../hooks/use-integrations"
import { usePermissions } from "../hooks/use-me"
import { errorMessage } from "../lib/api"

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
  const prompt = usePrompt()
  if (rolesLoading || !allowed) return null

  const connected = integrations.data?.data ?? []
  const integrationId = chosen ?? connected[0]?.id ?? null

  const sendInvoice = async () => {
    if (!integrationId) return
    const confirmed = await prompt({
      title: t("orderInvoices.send.confirmTitle"),
      description: t("orderInvoices.send.confirmDescription", {
        email: order.email ?? t("orderInvoices.send.noEmail"),
      }),
      confirmText: t("orderInvoices.send.confirm"),
      cancelText: t("common.cancel"),
    })
    if (!confirmed) return
    send.mutate(
      { order_id: order.id, integration_id: integrationId },
      {
        onSuccess: ({ created }) =>
          toast.success(created ? t("orderInvoices.send.done") : t("orderInvoices.send.alreadyOpen")),
        onError: (error) => toast.error(errorMessage(error)),
      }
    )
  }

  const createPayLink = () => {
    if (!integrationId) return
    payLink.mutate(
      { order_id: order.id, integration_id: integrationId },
      {
        onSuccess: () => toast.success(t("orderInvoices.payLinkCreated")),
        onError: (error) => toast.error(errorMessage(error)),
      }
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
              <Select size="small" value={integrationId ?? undefined} onValueChange={setChosen}>
                <Select.Trigger aria-label={t("orderInvoices.integration")}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {connected.map((integration) => (
                    <Select.Item key={integration.id} value={integration.id}>
                      {integration.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
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
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("orderInvoices.noIntegration")}
        </Text>
      )}
      {invoices.error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
          {errorMessage(invoices.error)}
        </Text>
      )}
      {invoices.data && !list.length && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("orderInvoices.empty")}
        </Text>
      )}
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
