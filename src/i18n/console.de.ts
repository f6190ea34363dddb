/** The signed-in console's part of the German catalogue (see ./console.ts). */
import { de as dashboardGerman } from '../dashboard/i18n.de';
import { DOMAIN_MESSAGES } from '../domain/messages';
import { resourceGerman } from '../resources/i18n.de';
import type { consoleEnglish } from './console';

export const consoleGerman = {
  domain: { domain: DOMAIN_MESSAGES.de },
  resources: resourceGerman,
  dashboard: dashboardGerman,
} satisfies Record<keyof typeof consoleEnglish, object>;
