import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '.';
import { getCurrentLocale, initialLocale, LOCALE_KEY } from './currentLocale';

function browserPrefers(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => vi.restoreAllMocks());

describe('initialLocale', () => {
  it('follows the browser when it prefers German', () => {
    browserPrefers(['de-AT', 'en-US']);
    expect(initialLocale()).toBe('de');
  });

  it('falls back to English for languages the console does not speak', () => {
    browserPrefers(['fr-FR', 'it']);
    expect(initialLocale()).toBe('en');
  });

  it('prefers the saved choice over the browser', () => {
    browserPrefers(['de-DE']);
    localStorage.setItem(LOCALE_KEY, 'en');
    expect(initialLocale()).toBe('en');
  });
});

describe('createI18nProvider', () => {
  it('translates, switches language, and remembers the choice for requests and reloads', async () => {
    const provider = createI18nProvider('en');
    expect(provider.translate('ra.action.save')).toBe('Save');
    await provider.changeLocale('de');
    expect(provider.translate('ra.action.save')).toBe('Speichern');
    expect(getCurrentLocale()).toBe('de');
    expect(localStorage.getItem(LOCALE_KEY)).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('shows text that is not a key (e.g. a server message) as it is', () => {
    const provider = createI18nProvider('de', { persist: false });
    expect(provider.translate('Das Passwort ist falsch.')).toBe('Das Passwort ist falsch.');
  });
});
