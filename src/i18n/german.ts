/** The German catalogue, loaded only when German is chosen (see ./provider). */
import type { TranslationMessages } from 'react-admin';
import { dashboardMessages } from '../dashboard/i18n';
import { DOMAIN_MESSAGES } from '../domain/messages';
import { resourceMessages } from '../resources/i18n';
import type { englishParts } from './english';
import { appGerman } from './app';
import { mergeMessages } from './merge';
import { raGerman } from './ra-de';

export const germanParts = {
  ra: raGerman,
  app: appGerman,
  domain: { domain: DOMAIN_MESSAGES.de },
  resources: resourceMessages.de,
  dashboard: dashboardMessages.de,
} satisfies Record<keyof typeof englishParts, object>;

export const german = mergeMessages(...Object.values(germanParts)) as unknown as TranslationMessages;
