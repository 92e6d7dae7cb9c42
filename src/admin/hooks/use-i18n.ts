import { useTranslation } from "react-i18next"
import { formatDate, formatDateTime } from "../lib/dates"
import { I18N_NAMESPACE, intlLocale } from "../lib/locale"
import { formatMinor } from "../lib/money"

/**
 * The plugin's strings and formats in the language the admin user chose in the dashboard: `t` for the
 * namespace's keys, and money and dates written the way that language writes them.
 */
export function useI18n() {
  const { t, i18n } = useTranslation(I18N_NAMESPACE)
  const locale = intlLocale(i18n.language)
  return {
    t,
    locale,
    money: (amount: number | null | undefined, currency: string | null | undefined) =>
      formatMinor(amount, currency, locale),
    dateTime: (value: string | null | undefined) => formatDateTime(value, locale),
    /** A calendar day such as a payout's arrival date (YYYY-MM-DD, UTC). */
    date: (value: string | null | undefined) => formatDate(value, locale),
    /** A fixed fee: money for one currency's configuration, a count of minor units for the platform-wide one. */
    fixedFee: (amount: number, currency: string | null) =>
      currency ? formatMinor(amount, currency, locale) : t("fees.minorUnits", { count: amount }),
  }
}

export type Translate = ReturnType<typeof useI18n>["t"]
