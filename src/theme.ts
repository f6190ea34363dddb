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
    // MUI's defaults put white on orange and light blue at about 3:1; these reach WCAG AA (4.5:1)
    // as filled chips, as text on paper and on the toolbar's grey.
    error: { main: '#B91C1C', contrastText: '#FFFFFF' },
    warning: { main: '#C2410C', contrastText: '#FFFFFF' },
    info: { main: '#0369A1', contrastText: '#FFFFFF' },
    success: { main: '#15803D', contrastText: '#FFFFFF' },
    background: { default: '#F4F7F7', paper: '#FFFFFF' },
  },
  dark: {
    mode: 'dark',
    primary: { main: '#2DD4BF', light: '#5EEAD4', dark: '#14B8A6', contrastText: '#042F2E' },
    secondary: { main: '#FBBF24', contrastText: '#1C1917' },
    // Light colours with dark text, so filled chips and coloured text both read on dark paper.
    error: { main: '#F87171', contrastText: '#1C1917' },
    warning: { main: '#FB923C', contrastText: '#1C1917' },
    info: { main: '#38BDF8', contrastText: '#082F49' },
    success: { main: '#4ADE80', contrastText: '#052E16' },
    background: { default: '#0B1312', paper: '#131D1C' },
  },
} as const;

const toolbarBackground: Record<Mode, string> = { light: '#E8EFEE', dark: '#1A2625' };

interface CheckboxOwner {
  'aria-label'?: string;
  inputProps?: Record<string, unknown>;
  className?: string;
}

/**
 * react-admin labels its row checkboxes with aria-label, which MUI puts on the wrapping <span>
 * (a label on a span means nothing, and leaves the input unlabelled): it moves to the input. A
 * default `slotProps.input` also replaces a checkbox's own `inputProps`, so those are kept. With
 * `selectAllLabel` (src/layout/Layout.tsx, which can translate), react-admin's loading table's
 * unlabelled "select all" boxes get a name too.
 */
export function checkboxDefaults(selectAllLabel?: string) {
  return {
    defaultProps: {
      slotProps: {
        root: (owner: CheckboxOwner) => (owner['aria-label'] ? { 'aria-label': undefined } : {}),
        input: (owner: CheckboxOwner) => {
          const own = owner.inputProps ?? {};
          if (owner['aria-label']) return { ...own, 'aria-label': owner['aria-label'] };
          const unnamed = !own['aria-label'] && !own['aria-labelledby'];
          if (unnamed && selectAllLabel && owner.className?.includes('select-all'))
            return { ...own, 'aria-label': selectAllLabel };
          return own;
        },
      },
    },
  };
}

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
      // MUI's unselected toggle text (action.active) is 4.3:1 on the page background; text.secondary reads.
      MuiToggleButton: {
        styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ color: theme.palette.text.secondary }) },
      },
      MuiCheckbox: checkboxDefaults(),
      MuiTableCell: {
        ...base.components?.MuiTableCell,
        styleOverrides: {
          ...base.components?.MuiTableCell?.styleOverrides,
          head: { fontWeight: 600 },
        },
      },
      RaToolbar: { styleOverrides: { root: { backgroundColor: toolbarBackground[mode] } } },
      // react-admin lets the page grow as wide as its widest table ("minWidth: fit-content"), so a
      // long German column title made the whole page scroll sideways. The page keeps the window's
      // width instead, and a table or card too wide for it scrolls inside its own box.
      RaLayout: {
        styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } },
      },
      RaList: {
        styleOverrides: {
          // The table scrolls, not the list's card: that would clip the bulk-actions bar sitting over it.
          root: { '& .RaList-main': { minWidth: 0 }, '& .RaDataTable-tableWrapper': { overflowX: 'auto' } },
        },
      },
      RaShow: { styleOverrides: { root: { '& .RaShow-card': { minWidth: 0, overflowX: 'auto' } } } },
      RaEdit: { styleOverrides: { root: { '& .RaEdit-card': { minWidth: 0, overflowX: 'auto' } } } },
      RaCreate: { styleOverrides: { root: { '& .RaCreate-card': { minWidth: 0, overflowX: 'auto' } } } },
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
