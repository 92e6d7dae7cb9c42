import { Label, Select } from "@medusajs/ui"

type Option = string | { value: string; label: string }

type OptionSelectProps = {
  /** Nothing chosen yet shows `placeholder`. */
  value: string | undefined
  onValueChange: (value: string) => void
  options: readonly Option[]
  ariaLabel?: string
  size?: "small" | "base"
  placeholder?: string
  disabled?: boolean
}

/** A Select over fixed options (plain strings are their own labels). */
export const OptionSelect = ({
  value,
  onValueChange,
  options,
  ariaLabel,
  size,
  placeholder,
  disabled,
}: OptionSelectProps) => (
  <Select size={size} value={value} onValueChange={onValueChange} disabled={disabled}>
    <Select.Trigger aria-label={ariaLabel}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      {options.map((option) => {
        const { value: optionValue, label } = typeof option === "string" ? { value: option, label: option } : option
        return (
          <Select.Item key={optionValue} value={optionValue}>
            {label}
          </Select.Item>
        )
      })}
    </Select.Content>
  </Select>
)

/** An OptionSelect under its label, as a field of a drawer; screen readers hear `ariaLabel`, else the label. */
export const SelectField = ({
  label,
  ariaLabel = label,
  ...select
}: { label: string } & Omit<OptionSelectProps, "size">) => (
  <div className="flex flex-col gap-y-1">
    <Label>{label}</Label>
    <OptionSelect ariaLabel={ariaLabel} {...select} />
  </div>
)
