import i18next from "i18next"
import { initReactI18next } from "react-i18next"
import de from "../../i18n/json/de.json"
import en from "../../i18n/json/en.json"
import { I18N_NAMESPACE, translate } from "../locale"

describe("translate", () => {
  it("should give the English text while no dashboard i18next instance is running", () => {
    expect(translate("errors.requestFailed", "Request failed (502)", { status: 502 })).toBe("Request failed (502)")
  })

  it("should give the string of the plugin's namespace in the dashboard's current language", async () => {
    await i18next.use(initReactI18next).init({
      lng: "de",
      fallbackLng: "en",
      resources: { en: { [I18N_NAMESPACE]: en }, de: { [I18N_NAMESPACE]: de } },
      interpolation: { escapeValue: false },
    })
    expect(translate("errors.requestFailed", "Request failed (502)", { status: 502 })).toBe(
      "Anfrage fehlgeschlagen (502)"
    )
    await i18next.changeLanguage("it")
    expect(translate("errors.sessionExpired", "Your session has expired. Log in again.")).toBe(
      "Your session has expired. Log in again."
    )
  })
})
