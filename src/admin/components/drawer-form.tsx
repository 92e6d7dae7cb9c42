import { Button, Drawer } from "@medusajs/ui"
import { useI18n } from "../hooks/use-i18n"
import { FormError } from "./form-error"
import type { FormShellProps } from "./use-form-dialog"

type DrawerFormProps = FormShellProps & {
  triggerDisabled?: boolean
  submitDisabled?: boolean
  contentClassName?: string
}

/** An edit drawer of the settings pages: trigger, title, fields, error, Cancel and the action. */
export const DrawerForm = ({
  dialog,
  trigger,
  triggerDisabled,
  title,
  submitLabel,
  onSubmit,
  isSubmitting,
  submitDisabled,
  contentClassName,
  children,
}: DrawerFormProps) => {
  const { t } = useI18n()
  return (
    <Drawer open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={triggerDisabled}>
          {trigger}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className={contentClassName}>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {children}
          <FormError error={dialog.error} />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("common.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={onSubmit} isLoading={isSubmitting} disabled={submitDisabled}>
            {submitLabel}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
