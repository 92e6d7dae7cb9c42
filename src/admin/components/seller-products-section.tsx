import { Button, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import {
  useAccountProducts,
  useAssignAccountProducts,
  useProductCollections,
  type AssignAccountProductsInput,
} from "../hooks/use-account-sales"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { useSalesChannels } from "../hooks/use-sales-channels"
import { errorMessage } from "../lib/api"
import { FormError } from "./form-error"
import { ErrorNotice, Notice } from "./notice"
import { OptionSelect } from "./option-select"
import { SectionCard } from "./section-card"
import { SimpleTable } from "./simple-table"
import { useConfirm } from "./use-confirm"

/** Assigns every product of one collection or one sales channel to the account, after confirming. */
const AssignMany = ({ accountId }: { accountId: string }) => {
  const { t } = useI18n()
  const collections = useProductCollections()
  const channels = useSalesChannels()
  const assign = useAssignAccountProducts(accountId)
  const confirm = useConfirm()
  const [collection, setCollection] = useState("")
  const [channel, setChannel] = useState("")
  const [error, setError] = useState<string | null>(null)

  const run = async (body: AssignAccountProductsInput, source: string) => {
    setError(null)
    const confirmed = await confirm({
      title: t("sellerProducts.assignTitle"),
      description: t("sellerProducts.assignDescription", { source, account: accountId }),
      confirmText: t("sellerProducts.assign"),
    })
    if (!confirmed) return
    assign.mutate(body, {
      onSuccess: (result) => {
        toast.success(t("sellerProducts.assigned", { count: result.assigned_product_ids.length }))
        setCollection("")
        setChannel("")
      },
      onError: (e) => setError(errorMessage(e)),
    })
  }
  const collectionOptions = (collections.data?.collections ?? []).map((c) => ({ value: c.id, label: c.title }))
  const channelOptions = (channels.data?.sales_channels ?? []).map((c) => ({ value: c.id, label: c.name }))
  const labelOf = (options: { value: string; label: string }[], id: string) =>
    options.find((option) => option.value === id)?.label ?? id

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex flex-wrap items-center gap-2">
        <div className="w-[240px]">
          <OptionSelect
            value={collection}
            onValueChange={setCollection}
            options={collectionOptions}
            ariaLabel={t("sellerProducts.collectionAria")}
            placeholder={t("sellerProducts.collection")}
            disabled={!collectionOptions.length}
          />
        </div>
        <Button
          size="small"
          variant="secondary"
          disabled={!collection}
          isLoading={assign.isPending}
          onClick={() => run({ collection_id: collection }, labelOf(collectionOptions, collection))}
        >
          {t("sellerProducts.assign")}
        </Button>
        <div className="w-[240px]">
          <OptionSelect
            value={channel}
            onValueChange={setChannel}
            options={channelOptions}
            ariaLabel={t("sellerProducts.channelAria")}
            placeholder={t("sellerProducts.channel")}
            disabled={!channelOptions.length}
          />
        </div>
        <Button
          size="small"
          variant="secondary"
          disabled={!channel}
          isLoading={assign.isPending}
          onClick={() => run({ sales_channel_id: channel }, labelOf(channelOptions, channel))}
        >
          {t("sellerProducts.assign")}
        </Button>
      </div>
      {(collections.error || channels.error) && (
        <ErrorNotice error={collections.error ?? channels.error} inset={false} />
      )}
      <FormError error={error} />
    </div>
  )
}

/**
 * The products this account sells in multi-seller carts (docs/api.md#product-sellers), the first 50 by assignment;
 * staff who may assign add a whole collection or sales channel, or take one product away.
 */
export const SellerProductsSection = ({ accountId }: { accountId: string }) => {
  const { t } = useI18n()
  const { can } = usePermissions()
  const allowed = can("GET /admin/stripe-connect/accounts/:account_id/products")
  const mayAssign = can("POST /admin/stripe-connect/accounts/:account_id/products")
  const { data, error, isLoading } = useAccountProducts(accountId, { limit: 50 }, { enabled: allowed })
  const remove = useAssignAccountProducts(accountId)
  const confirm = useConfirm()
  if (!allowed) return null
  const products = data?.data ?? []

  const removeProduct = async (productId: string, title: string) => {
    const confirmed = await confirm({
      title: t("sellerProducts.removeTitle"),
      description: t("sellerProducts.removeDescription", { product: title, account: accountId }),
      confirmText: t("sellerProducts.remove"),
    })
    if (!confirmed) return
    remove.mutate(
      { remove_product_ids: [productId] },
      {
        onSuccess: () => toast.success(t("sellerProducts.removed", { product: title })),
        onError: (e) => toast.error(errorMessage(e)),
      }
    )
  }

  return (
    <SectionCard title={t("sellerProducts.title")} testId="seller-products">
      <Text size="small" className="text-ui-fg-subtle px-6 pt-4">
        {t("sellerProducts.subtitle", { count: data?.count ?? 0 })}
      </Text>
      {error && <ErrorNotice error={error} />}
      {!isLoading && !error && !products.length && <Notice tone="muted">{t("sellerProducts.empty")}</Notice>}
      {products.length > 0 && (
        <SimpleTable
          rows={products}
          rowKey={(product) => product.product_id}
          columns={[
            {
              header: t("common.name"),
              cell: (product) => (
                <Link to={`/products/${product.product_id}`} className="text-ui-fg-interactive">
                  {product.title ?? product.product_id}
                </Link>
              ),
            },
            { header: t("common.status"), cell: (product) => product.status ?? "-" },
            {
              header: "",
              cell: (product) =>
                mayAssign ? (
                  <div className="flex justify-end">
                    <Button
                      size="small"
                      variant="transparent"
                      disabled={remove.isPending}
                      onClick={() => removeProduct(product.product_id, product.title ?? product.product_id)}
                    >
                      {t("sellerProducts.remove")}
                    </Button>
                  </div>
                ) : null,
            },
          ]}
        />
      )}
      {mayAssign && <AssignMany accountId={accountId} />}
    </SectionCard>
  )
}
