import { Input, Label, Text } from "@medusajs/ui"
import type { ComponentProps } from "react"

type InputFieldProps = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** "small" for the compact fields of filters, calculators and the fee editor. */
  size?: "small"
  /** The field's own error, shown under it. */
  error?: string
} & Omit<ComponentProps<typeof Input>, "id" | "value" | "onChange" | "size">

/** A labelled text input of a drawer or an inline form: the label, the input, and its error if any. */
export const InputField = ({ id, label, value, onChange, size, error, ...input }: InputFieldProps) => (
  <div className="flex flex-col gap-y-1">
    <Label size={size === "small" ? "xsmall" : undefined} htmlFor={id}>
      {label}
    </Label>
    <Input id={id} size={size} value={value} onChange={(e) => onChange(e.target.value)} {...input} />
    {error && (
      <Text size="xsmall" className="text-ui-fg-error" role="alert">
        {error}
      </Text>
    )}
  </div>
)
