import { deDE } from '@mui/material/locale';
import { createTheme, ThemeProvider, useTheme } from '@mui/material/styles';
import { useMemo } from 'react';
import { Layout as RaLayout, useLocaleState, useTranslate, type LayoutProps } from 'react-admin';
import { ShopSettingsProvider } from '../components/ShopSettingsContext';
import { checkboxDefaults } from '../theme';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * MUI's own words (pagination buttons, an autocomplete's "Open", an alert's "Close")
 * in the console's language; the theme is react-admin's, light or dark, as MUI's
 * localization guide does it. Words the theme needs from the catalogue join it here.
 */
function useLocalizedTheme() {
  const theme = useTheme();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const selectAll = translate('ra.action.select_all');
  return useMemo(
    () =>
      createTheme(theme, locale === 'de' ? deDE : {}, {
        components: { MuiCheckbox: checkboxDefaults(selectAll) },
      }),
    [theme, locale, selectAll],
  );
}

export function Layout({ children }: LayoutProps) {
  return (
    <ThemeProvider theme={useLocalizedTheme()}>
      <RaLayout appBar={AppBar} menu={Menu}>
        <ShopSettingsProvider>{children}</ShopSettingsProvider>
      </RaLayout>
    </ThemeProvider>
  );
}
