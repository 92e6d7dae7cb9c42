import { I18N_NAMESPACE } from "../lib/locale"
import de from "./json/de.json"
import en from "./json/en.json"
import es from "./json/es.json"
import fr from "./json/fr.json"

/**
 * The admin extension's strings per language, in the plugin's own namespace; the dashboard merges them into its
 * i18next resources and falls back to English for a language the plugin does not have.
 */
export default {
  en: { [I18N_NAMESPACE]: en },
  de: { [I18N_NAMESPACE]: de },
  fr: { [I18N_NAMESPACE]: fr },
  es: { [I18N_NAMESPACE]: es },
}
