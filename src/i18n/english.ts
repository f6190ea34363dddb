/** The English catalogue, part of the first download: the console starts in English unless told otherwise. */
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { dashboardMessages } from '../dashboard/i18n';
import { DOMAIN_MESSAGES } from '../domain/messages';
import { resourceMessages } from '../resources/i18n';
import { appEnglish } from './app';
import { mergeMessages } from './merge';

/** Kept apart so tests can compare them with the German parts one by one. */
export const englishParts = {
  ra: englishMessages,
  app: appEnglish,
  domain: { domain: DOMAIN_MESSAGES.en },
  resources: resourceMessages.en,
  dashboard: dashboardMessages.en,
};

export const english = mergeMessages(...Object.values(englishParts)) as unknown as TranslationMessages;
