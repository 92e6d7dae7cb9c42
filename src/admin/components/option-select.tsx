import { Select } from "@medusajs/ui"

type Option = string | { value: string; label: string }

/** A Select over fixed options (plain strings are their own labels). */
export const OptionSelect = ({
  value,
  onValueChange,
  options,
  ariaLabel,
  size,
}: {
  value: string
  onValueChange: (value: string) => void
  options: readonly Option[]
  ariaLabel?: string
  size?: "small" | "base"
}) => (
  <Select size={size} value={value} onValueChange={onValueChange}>
    <Select.Trigger aria-label={ariaLabel}>
      <Select.Value />
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
