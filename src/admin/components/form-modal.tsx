import { Button, FocusModal, Heading, Input, Label, Text } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"
import { FormError } from "./form-error"
import type { FormShellProps } from "./use-form-dialog"

type FormModalProps = FormShellProps & { description: string }

/** The create-something FocusModal of the settings pages: trigger, submit button, heading, fields, error. */
export const FormModal = ({
  dialog,
  trigger,
  title,
  description,
  submitLabel,
  onSubmit,
  isSubmitting,
  children,
}: FormModalProps) => (
  <FocusModal open={dialog.open} onOpenChange={dialog.onOpenChange}>
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
          <FormError error={dialog.error} />
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
