import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Text } from "@medusajs/ui"
import { SectionCard } from "../components/section-card"
import { OptionSelect } from "../components/option-select"
import { toastOutcome } from "../components/use-confirm"
import { useConnectedAccounts } from "../hooks/use-accounts"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { useProductSeller, useSetProductSeller } from "../hooks/use-product-seller"

/** The product's seller (the connected account paid for it in a multi-seller cart), and a way to choose it. */
const ProductStripeSellerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useI18n()
  const { can } = usePermissions()
  const allowed = can("GET /admin/stripe-connect/products/:product_id/seller")
  const canChange = can("POST /admin/stripe-connect/products/:product_id/seller")
  const seller = useProductSeller(product.id, { enabled: allowed })
  const accounts = useConnectedAccounts({ limit: 100 }, { enabled: allowed && canChange })
  const setSeller = useSetProductSeller(product.id)
  if (!allowed) return null

  const current = seller.data?.seller ?? null
  const options = (accounts.data?.data ?? []).map((account) => ({
    value: account.account_id,
    label: `${account.merchant_id} (${account.account_id})`,
  }))
  const choose = (accountId: string | null) =>
    setSeller.mutate(
      accountId,
      toastOutcome(() => t("productSeller.saved"))
    )

  return (
    <SectionCard title={t("productSeller.title")} testId="stripe-product-seller-widget">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {current ? (
          <div className="flex items-center justify-between gap-x-2">
            <Text size="small">
              {current.merchant_id} ({current.account_id})
            </Text>
            {!current.transfers_active && <Badge color="orange">{t("productSeller.transfersInactive")}</Badge>}
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("productSeller.none")}
          </Text>
        )}
        {canChange && (
          <div className="flex items-center gap-x-2">
            <OptionSelect
              value={current?.account_id}
              onValueChange={(value) => choose(value)}
              options={options}
              ariaLabel={t("productSeller.choose")}
              placeholder={t("productSeller.choose")}
              size="small"
              disabled={setSeller.isPending}
            />
            {current && (
              <Button size="small" variant="secondary" onClick={() => choose(null)} disabled={setSeller.isPending}>
                {t("productSeller.clear")}
              </Button>
            )}
          </div>
        )}
      </div>
    </SectionCard>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductStripeSellerWidget
