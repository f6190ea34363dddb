/**
 * The signed-in console's part of the catalogue: the domain's messages (under
 * `domain.`, the same strings the API answers with), the resources' and the
 * dashboard's. It loads with the console, not with the login page; its German
 * (./console.de.ts) only when German is chosen.
 */
import { en as dashboardEnglish } from '../dashboard/i18n';
import { DOMAIN_MESSAGES } from '../domain/messages';
import { resourceEnglish } from '../resources/i18n';
import { addCatalogue } from './provider';

export const consoleEnglish = {
  domain: { domain: DOMAIN_MESSAGES.en },
  resources: resourceEnglish,
  dashboard: dashboardEnglish,
};

/** Adds this part to the console's i18nProvider; resolves once the language shown has it. */
export function addConsoleCatalogue(): Promise<void> {
  return addCatalogue({
    en: consoleEnglish,
    de: () => import('./console.de').then((module) => module.consoleGerman),
  });
}
