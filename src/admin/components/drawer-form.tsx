import { Button, Drawer } from "@medusajs/ui"
import type { ReactNode } from "react"
import { FormError } from "./form-error"

type DrawerFormProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The button that opens the drawer. */
  trigger: string
  triggerDisabled?: boolean
  title: string
  /** The footer's action button (next to Cancel), which runs `onSubmit`. */
  submitLabel: string
  onSubmit: () => void
  isSubmitting: boolean
  error: string | null
  children: ReactNode
}

/** An edit drawer of the settings pages: trigger, title, fields, error, Cancel and the action. */
export const DrawerForm = ({ open, onOpenChange, trigger, triggerDisabled, title, submitLabel, onSubmit, isSubmitting, error, children }: DrawerFormProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Trigger asChild>
      <Button size="small" variant="secondary" disabled={triggerDisabled}>
        {trigger}
      </Button>
    </Drawer.Trigger>
    <Drawer.Content>
      <Drawer.Header>
        <Drawer.Title>{title}</Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {children}
        <FormError error={error} />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" onClick={onSubmit} isLoading={isSubmitting}>
          {submitLabel}
        </Button>
      </Drawer.Footer>
    </Drawer.Content>
  </Drawer>
)
