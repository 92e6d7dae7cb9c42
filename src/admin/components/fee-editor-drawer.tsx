import { Button, Heading, IconButton, Text, toast } from "@medusajs/ui"
import { Plus, Trash } from "@medusajs/icons"
import { useState, type ReactNode } from "react"
import { useUpdateFeeConfiguration } from "../hooks/use-fees"
import { useI18n } from "../hooks/use-i18n"
import { errorMessage } from "../lib/api"
import {
  toFeeDocument,
  toFeeForm,
  validateFeeForm,
  type FeeForm,
  type FeeOverrideRow,
  type FeeTierRow,
} from "../lib/fee-form"
import type { FeeConfigurationDocument } from "../lib/types"
import { DrawerForm } from "./drawer-form"
import { InputField } from "./input-field"

/** A fee editor field, named by its path in the document (`fee_tiers[0].fee_percent`), with that path's error. */
const Field = ({
  name,
  errors,
  ...field
}: {
  label: string
  name: string
  value: string
  onChange: (value: string) => void
  errors: Map<string, string>
  placeholder?: string
}) => {
  const error = errors.get(name)
  return (
    <InputField
      id={name}
      name={name}
      size="small"
      inputMode="decimal"
      aria-invalid={Boolean(error)}
      error={error}
      {...field}
    />
  )
}

/** A list of editable rows (volume tiers, merchant overrides): heading and add button, then each row's fields. */
const RowsSection = <Row,>(props: {
  title: string
  hint?: string
  addLabel: string
  onAdd: () => void
  rows: Row[]
  /** The grid's columns: one per field, then the remove button. */
  gridClassName: string
  rowTestId?: (index: number) => string
  removeLabel: (index: number) => string
  onRemove: (index: number) => void
  fields: (row: Row, index: number) => ReactNode
}) => (
  <section className="flex flex-col gap-y-3">
    <div className="flex items-center justify-between">
      <div>
        <Heading level="h3">{props.title}</Heading>
        {props.hint && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {props.hint}
          </Text>
        )}
      </div>
      <Button size="small" variant="transparent" className="shrink-0" onClick={props.onAdd}>
        <Plus /> {props.addLabel}
      </Button>
    </div>
    {props.rows.map((row, index) => (
      <div
        key={index}
        className={`grid ${props.gridClassName} items-start gap-2`}
        data-testid={props.rowTestId?.(index)}
      >
        {props.fields(row, index)}
        <IconButton
          size="small"
          variant="transparent"
          className="mt-5"
          aria-label={props.removeLabel(index)}
          onClick={() => props.onRemove(index)}
        >
          <Trash />
        </IconButton>
      </div>
    ))}
  </section>
)

/** The fields of a volume tier and of a merchant override, in their columns' order, with their labels' keys. */
const TIER_FIELDS = [
  ["volume_min", "fees.editor.volumeFrom"],
  ["volume_max", "fees.editor.volumeTo"],
  ["fee_percent", "fees.percent"],
  ["fee_fixed", "fees.fixed"],
] as const satisfies readonly (readonly [keyof FeeTierRow, string])[]
const OVERRIDE_FIELDS = [
  ["merchant_id", "common.merchant"],
  ["fee_percent", "fees.percent"],
  ["fee_fixed", "fees.fixed"],
  ["reason", "common.reason"],
] as const satisfies readonly (readonly [keyof FeeOverrideRow, string])[]

/**
 * The fee configuration editor (docs/api.md#update-fee-configuration): default, volume tiers and per-merchant
 * overrides, checked as you type by the API's own validation; the API's answer is shown if it still refuses.
 */
export const FeeEditorDrawer = ({
  currency,
  document,
}: {
  currency: string | null
  document: FeeConfigurationDocument
}) => {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<FeeForm>(() => toFeeForm(document))
  const [touched, setTouched] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)
  const update = useUpdateFeeConfiguration(currency)
  const errors = touched ? validateFeeForm(form) : new Map<string, string>()

  const change = (next: FeeForm) => {
    setForm(next)
    setTouched(true)
    setServerError(null)
  }
  /** One field of one tier or override row changed. */
  const setRow = <List extends "fee_tiers" | "per_merchant_overrides">(
    list: List,
    index: number,
    key: keyof FeeForm[List][number],
    value: string
  ) => change({ ...form, [list]: form[list].map((row, i) => (i === index ? { ...row, [key]: value } : row)) })
  const removeRow = (list: "fee_tiers" | "per_merchant_overrides", index: number) =>
    change({ ...form, [list]: form[list].filter((_, i) => i !== index) })

  const save = () => {
    setTouched(true)
    if (validateFeeForm(form).size) return
    update.mutate(toFeeDocument(form), {
      onSuccess: () => {
        toast.success(t("fees.editor.saved"))
        setOpen(false)
      },
      onError: (error) => setServerError(errorMessage(error)),
    })
  }

  const onOpenChange = (next: boolean) => {
    if (next) {
      setForm(toFeeForm(document))
      setTouched(false)
      setServerError(null)
    }
    setOpen(next)
  }

  return (
    <DrawerForm
      dialog={{ open, onOpenChange, error: serverError }}
      trigger={t("fees.editor.trigger")}
      title={
        currency ? t("fees.editor.titleCurrency", { currency: currency.toUpperCase() }) : t("fees.editor.titleAll")
      }
      submitLabel={t("common.save")}
      onSubmit={save}
      isSubmitting={update.isPending}
      submitDisabled={errors.size > 0}
      contentClassName="max-w-2xl"
    >
      <div className="flex flex-col gap-y-6">
        <section className="flex flex-col gap-y-3">
          <Heading level="h3">{t("fees.editor.default")}</Heading>
          <div className="grid grid-cols-2 gap-3">
            <Field
              label={t("fees.editor.feePercent")}
              name="default_fee_percent"
              value={form.default_fee_percent}
              errors={errors}
              onChange={(v) => change({ ...form, default_fee_percent: v })}
            />
            <Field
              label={t("fees.editor.fixedFee")}
              name="default_fee_fixed"
              value={form.default_fee_fixed}
              errors={errors}
              onChange={(v) => change({ ...form, default_fee_fixed: v })}
            />
          </div>
        </section>
        <RowsSection
          title={t("fees.volumeTiers")}
          hint={t("fees.editor.tiersHint")}
          addLabel={t("fees.editor.addTier")}
          onAdd={() =>
            change({
              ...form,
              fee_tiers: [...form.fee_tiers, { volume_min: "", volume_max: "", fee_percent: "", fee_fixed: "0" }],
            })
          }
          rows={form.fee_tiers}
          gridClassName="grid-cols-[1fr_1fr_1fr_1fr_auto]"
          rowTestId={(index) => `fee-tier-${index}`}
          removeLabel={(index) => t("fees.editor.removeTier", { number: index + 1 })}
          onRemove={(index) => removeRow("fee_tiers", index)}
          fields={(tier, index) =>
            TIER_FIELDS.map(([key, label]) => (
              <Field
                key={key}
                label={t(label)}
                name={`fee_tiers[${index}].${key}`}
                value={tier[key]}
                errors={errors}
                placeholder={key === "volume_max" ? t("fees.editor.noLimit") : undefined}
                onChange={(v) => setRow("fee_tiers", index, key, v)}
              />
            ))
          }
        />
        <RowsSection
          title={t("fees.merchantOverrides")}
          addLabel={t("fees.editor.addOverride")}
          onAdd={() =>
            change({
              ...form,
              per_merchant_overrides: [
                ...form.per_merchant_overrides,
                { merchant_id: "", fee_percent: "", fee_fixed: "0", reason: "" },
              ],
            })
          }
          rows={form.per_merchant_overrides}
          gridClassName="grid-cols-[1.2fr_1fr_1fr_1.2fr_auto]"
          removeLabel={(index) => t("fees.editor.removeOverride", { number: index + 1 })}
          onRemove={(index) => removeRow("per_merchant_overrides", index)}
          fields={(row, index) =>
            OVERRIDE_FIELDS.map(([key, label]) => (
              <Field
                key={key}
                label={t(label)}
                name={`per_merchant_overrides[${index}].${key}`}
                value={row[key]}
                errors={errors}
                onChange={(v) => setRow("per_merchant_overrides", index, key, v)}
              />
            ))
          }
        />
      </div>
    </DrawerForm>
  )
}
