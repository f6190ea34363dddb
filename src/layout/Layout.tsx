import { deDE } from '@mui/material/locale';
import { createTheme, ThemeProvider, useTheme } from '@mui/material/styles';
import { useMemo } from 'react';
import { Layout as RaLayout, useLocaleState, type LayoutProps } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * MUI's own words (pagination buttons, an autocomplete's "Open", an alert's "Close")
 * in the console's language; the theme is react-admin's, light or dark, as MUI's
 * localization guide does it.
 */
function useLocalizedTheme() {
  const theme = useTheme();
  const [locale] = useLocaleState();
  return useMemo(() => (locale === 'de' ? createTheme(theme, deDE) : theme), [theme, locale]);
}

export function Layout({ children }: LayoutProps) {
  return (
    <ThemeProvider theme={useLocalizedTheme()}>
      <RaLayout appBar={AppBar} menu={Menu}>
        {children}
      </RaLayout>
    </ThemeProvider>
  );
}
