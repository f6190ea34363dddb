/**
 * Kontor's light and dark themes: react-admin's default theme (filled inputs,
 * comfortable spacing) in the brand's deep teal, with larger touch targets on
 * phones, where buttons are pressed with a thumb rather than a pointer.
 */
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import type { Theme } from '@mui/material/styles';

export const BRAND_TEAL = '#0F766E';

type Mode = 'light' | 'dark';

const FONT_STACK = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

/** WCAG's minimum target size for touch, applied only below the `sm` breakpoint. */
const TOUCH_TARGET = 44;

const onPhone =
  (style: Record<string, string | number>) =>
  ({ theme }: { theme: Theme }) => ({ [theme.breakpoints.down('sm')]: style });

const palettes = {
  light: {
    mode: 'light',
    primary: { main: BRAND_TEAL, light: '#14B8A6', dark: '#115E59', contrastText: '#FFFFFF' },
    secondary: { main: '#B45309', contrastText: '#FFFFFF' },
    background: { default: '#F4F7F7', paper: '#FFFFFF' },
  },
  dark: {
    mode: 'dark',
    primary: { main: '#2DD4BF', light: '#5EEAD4', dark: '#14B8A6', contrastText: '#042F2E' },
    secondary: { main: '#FBBF24', contrastText: '#1C1917' },
    background: { default: '#0B1312', paper: '#131D1C' },
  },
} as const;

const toolbarBackground: Record<Mode, string> = { light: '#E8EFEE', dark: '#1A2625' };

function kontorTheme(base: RaThemeOptions, mode: Mode): RaThemeOptions {
  return {
    ...base,
    palette: palettes[mode],
    shape: { borderRadius: 8 },
    typography: {
      ...base.typography,
      fontFamily: FONT_STACK,
      h6: { fontWeight: 600 },
      button: { textTransform: 'none', fontWeight: 600 },
    },
    components: {
      ...base.components,
      MuiAppBar: {
        defaultProps: { elevation: 0 },
        styleOverrides: {
          root: ({ theme }: { theme: Theme }) => ({ borderBottom: `1px solid ${theme.palette.divider}` }),
        },
      },
      MuiPaper: { styleOverrides: { root: { backgroundImage: 'none' } } },
      MuiButton: { styleOverrides: { root: onPhone({ minHeight: TOUCH_TARGET }) } },
      MuiIconButton: {
        styleOverrides: { root: onPhone({ minWidth: TOUCH_TARGET, minHeight: TOUCH_TARGET }) },
      },
      MuiMenuItem: { styleOverrides: { root: onPhone({ minHeight: 48 }) } },
      MuiTableCell: {
        ...base.components?.MuiTableCell,
        styleOverrides: {
          ...base.components?.MuiTableCell?.styleOverrides,
          head: { fontWeight: 600 },
        },
      },
      RaToolbar: { styleOverrides: { root: { backgroundColor: toolbarBackground[mode] } } },
      RaMenuItemLink: {
        styleOverrides: {
          root: ({ theme }: { theme: Theme }) => ({
            borderLeft: '3px solid transparent',
            '&.RaMenuItemLink-active': {
              borderLeftColor: theme.palette.primary.main,
              color: theme.palette.primary.main,
              fontWeight: 600,
              '& .MuiListItemIcon-root': { color: theme.palette.primary.main },
            },
          }),
        },
      },
    },
  };
}

export const theme = kontorTheme(defaultLightTheme, 'light');
export const darkTheme = kontorTheme(defaultDarkTheme, 'dark');
