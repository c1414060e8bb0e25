// i18next set up with the English and Bahasa Indonesia locale files.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../../resources/locales/en.json';
import id from '../../../resources/locales/id.json';
import type { Language } from './language';

export const i18n = i18next.createInstance();

export async function initI18n(language: Language): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, id: { translation: id } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  document.documentElement.lang = language;
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
}
