import { afterEach, describe, expect, it } from 'vitest';
import { addConsoleCatalogue } from './console';
import { getCurrentLocale, LOCALE_KEY } from './currentLocale';
import { i18nProvider } from './provider';

afterEach(() => i18nProvider.startIn('en'));

describe('the console’s i18nProvider', () => {
  it('starts with the login page’s English and gains the console’s part when the console loads', async () => {
    expect(i18nProvider.translate('kontor.login.title')).toBe('Sign in to Kontor');
    expect(i18nProvider.translate('resources.orders.fields.placedAt')).toBe(
      'resources.orders.fields.placedAt',
    );
    await addConsoleCatalogue();
    expect(i18nProvider.translate('resources.orders.fields.placedAt')).toBe('Placed');
    expect(i18nProvider.translate('domain.errors.required')).toBe('This field is required.');
  });

  it('loads German when it is chosen, every part of it, and saves the choice', async () => {
    await addConsoleCatalogue();
    await i18nProvider.changeLocale('de');
    expect(i18nProvider.translate('ra.action.save')).toBe('Speichern');
    expect(i18nProvider.translate('domain.errors.required')).toBe('Dieses Feld ist erforderlich.');
    expect(i18nProvider.translate('resources.orders.fields.placedAt')).not.toBe('Placed');
    expect(getCurrentLocale()).toBe('de');
    expect(localStorage.getItem(LOCALE_KEY)).toBe('de');
  });

  it('starts in the user’s language without saving it as their choice', async () => {
    localStorage.removeItem(LOCALE_KEY);
    await i18nProvider.startIn('de');
    expect(i18nProvider.translate('ra.action.save')).toBe('Speichern');
    expect(localStorage.getItem(LOCALE_KEY)).toBeNull();
    expect(document.documentElement.lang).toBe('de');
  });
});
