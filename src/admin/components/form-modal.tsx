import { Button, FocusModal, Heading, Input, Label, Text } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"
import { FormError } from "./form-error"

type FormModalProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The button that opens the modal. */
  trigger: string
  title: string
  description: string
  /** The header's action button, which runs `onSubmit`. */
  submitLabel: string
  onSubmit: () => void
  isSubmitting: boolean
  /** The client-side or API error, shown under the fields. */
  error: string | null
  children: ReactNode
}

/** The create-something FocusModal of the settings pages: trigger, submit button, heading, fields, error. */
export const FormModal = ({ open, onOpenChange, trigger, title, description, submitLabel, onSubmit, isSubmitting, error, children }: FormModalProps) => (
  <FocusModal open={open} onOpenChange={onOpenChange}>
    <FocusModal.Trigger asChild>
      <Button size="small" variant="secondary">
        {trigger}
      </Button>
    </FocusModal.Trigger>
    <FocusModal.Content>
      <FocusModal.Header>
        <Button size="small" onClick={onSubmit} isLoading={isSubmitting}>
          {submitLabel}
        </Button>
      </FocusModal.Header>
      <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-16">
        <div className="flex w-full max-w-lg flex-col gap-y-6">
          <div>
            <Heading>{title}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          </div>
          {children}
          <FormError error={error} />
        </div>
      </FocusModal.Body>
    </FocusModal.Content>
  </FocusModal>
)

/** A labelled field of a form modal. */
export const Field = ({ id, label, children }: { id?: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id}>{label}</Label>
    {children}
  </div>
)

type TextFieldProps = { id: string; label: string; value: string; onChange: (value: string) => void } & Omit<
  ComponentProps<typeof Input>,
  "id" | "value" | "onChange"
>

/** A labelled text input of a form modal. */
export const TextField = ({ id, label, value, onChange, ...input }: TextFieldProps) => (
  <Field id={id} label={label}>
    <Input id={id} value={value} onChange={(e) => onChange(e.target.value)} {...input} />
  </Field>
)
