import { Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateAccountSalesChannels } from "../hooks/use-accounts"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { useSalesChannels } from "../hooks/use-sales-channels"
import { errorMessage } from "../lib/api"
import { FormError } from "./form-error"
import { ErrorNotice, Notice } from "./notice"
import { OptionSelect } from "./option-select"
import { useConfirm } from "./use-confirm"

/**
 * The Medusa sales channels whose storefront payments go to this connected account, by name; staff who may
 * link channels pick one of the channels not linked yet, or unlink one after confirming.
 */
export const SalesChannelsSection = ({ accountId, linkedIds }: { accountId: string; linkedIds: string[] }) => {
  const { t } = useI18n()
  const { can } = usePermissions()
  const canLink = can("POST /admin/stripe-connect/accounts/:account_id/sales-channels")
  const channels = useSalesChannels()
  const update = useUpdateAccountSalesChannels(accountId)
  const confirm = useConfirm()
  const [chosen, setChosen] = useState("")
  const [error, setError] = useState<string | null>(null)
  const all = channels.data?.sales_channels ?? []
  const nameOf = (id: string) => all.find((channel) => channel.id === id)?.name ?? id
  const linkable = all.filter((channel) => !linkedIds.includes(channel.id))

  const change = (body: { add?: string[]; remove?: string[] }, done: string) => {
    setError(null)
    update.mutate(body, {
      onSuccess: () => {
        toast.success(done)
        setChosen("")
      },
      onError: (e) => setError(errorMessage(e)),
    })
  }
  const unlink = async (id: string) => {
    const confirmed = await confirm({
      title: t("salesChannels.unlinkTitle"),
      description: t("salesChannels.unlinkDescription", { channel: nameOf(id) }),
      confirmText: t("salesChannels.unlink"),
    })
    if (confirmed) change({ remove: [id] }, t("salesChannels.unlinked", { channel: nameOf(id) }))
  }

  return (
    <Container className="divide-y p-0" data-testid="sales-channels">
      <div className="px-6 py-4">
        <Heading level="h2">{t("salesChannels.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("salesChannels.subtitle")}
        </Text>
      </div>
      {linkedIds.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("common.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("salesChannels.id")}</Table.HeaderCell>
              {canLink && <Table.HeaderCell />}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {linkedIds.map((id) => (
              <Table.Row key={id} data-testid="linked-sales-channel">
                <Table.Cell>{nameOf(id)}</Table.Cell>
                <Table.Cell className="text-ui-fg-subtle">{id}</Table.Cell>
                {canLink && (
                  <Table.Cell className="text-right">
                    <Button size="small" variant="transparent" onClick={() => unlink(id)} disabled={update.isPending}>
                      {t("salesChannels.unlink")}
                    </Button>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Notice tone="muted">{t("salesChannels.empty")}</Notice>
      )}
      {canLink && (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <div className="flex items-center gap-x-2">
            <div className="w-[260px]">
              <OptionSelect
                value={chosen}
                onValueChange={setChosen}
                disabled={!linkable.length}
                ariaLabel={t("salesChannels.chooseAria")}
                placeholder={linkable.length ? t("salesChannels.choose") : t("salesChannels.allLinked")}
                options={linkable.map((channel) => ({ value: channel.id, label: channel.name }))}
              />
            </div>
            <Button
              size="small"
              variant="secondary"
              disabled={!chosen}
              isLoading={update.isPending}
              onClick={() => change({ add: [chosen] }, t("salesChannels.linked", { channel: nameOf(chosen) }))}
            >
              {t("salesChannels.link")}
            </Button>
          </div>
          {channels.error && <ErrorNotice error={channels.error} inset={false} />}
          <FormError error={error} />
        </div>
      )}
    </Container>
  )
}
