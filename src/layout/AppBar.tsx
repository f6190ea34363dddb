import { Box, ListItemIcon, ListItemText, MenuItem, useMediaQuery, type Theme } from '@mui/material';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import Brightness4 from '@mui/icons-material/Brightness4';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  Logout,
  TitlePortal,
  ToggleThemeButton,
  UserMenu,
  useGetIdentity,
  useTheme,
  useTranslate,
} from 'react-admin';
import { Brand } from './Brand';
import { GlobalSearch } from './GlobalSearch';
import { LocaleSwitcher } from './LocaleSwitcher';

/**
 * On phones the light/dark switch lives in the user menu: the app bar's
 * buttons left the page title about 55 px at 360 px wide.
 */
function ThemeMenuItem() {
  const translate = useTranslate();
  const [theme, setTheme] = useTheme();
  return (
    <MenuItem onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
      <ListItemIcon>
        <Brightness4 fontSize="small" />
      </ListItemIcon>
      <ListItemText primary={translate('ra.action.toggle_theme')} />
    </MenuItem>
  );
}

/** Who is signed in and in which role, above the logout entry. */
function KontorUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // From `sm` up the button shows the user's name, so its accessible name must contain it
  // (WCAG 2.5.3); on phones it is an icon, and react-admin wants a message key for it.
  const showsName = useMediaQuery<Theme>((theme) => theme.breakpoints.up('sm'));
  const label =
    showsName && identity?.fullName
      ? `${translate('ra.auth.user_menu')}: ${identity.fullName}`
      : 'ra.auth.user_menu';
  return (
    <UserMenu label={label}>
      {identity ? (
        <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
          <ListItemIcon>
            <BadgeOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText
            primary={identity.fullName}
            secondary={translate(`kontor.roles.${String(identity.role)}`)}
          />
        </MenuItem>
      ) : null}
      {showsName ? null : <ThemeMenuItem />}
      <Logout />
    </UserMenu>
  );
}

function Toolbar() {
  const translate = useTranslate();
  return (
    <>
      <LocaleSwitcher />
      {/* On phones it is in the user menu (ThemeMenuItem). */}
      <Box sx={{ display: { xs: 'none', sm: 'inline-flex' } }}>
        <ToggleThemeButton />
      </Box>
      {/* Passed on to its spinner, which would otherwise be a progressbar without a name. */}
      <LoadingIndicator aria-label={translate('ra.page.loading')} />
    </>
  );
}

/** Brand on wider screens; on phones the page title alone, to leave room for the buttons. */
export function AppBar() {
  return (
    <RaAppBar color="primary" toolbar={<Toolbar />} userMenu={<KontorUserMenu />}>
      <Box sx={{ display: { xs: 'none', sm: 'flex' }, mr: 2 }}>
        <Brand size={24} />
      </Box>
      {/* The page title is each screen's one h1. */}
      {/* On phones: smaller type wrapping to at most two lines, hyphenated in the page's language, instead of an ellipsis. */}
      <TitlePortal
        variant="subtitle1"
        component="h1"
        sx={(theme) => ({
          minWidth: 0,
          [theme.breakpoints.down('sm')]: {
            whiteSpace: 'normal',
            fontSize: '0.8125rem',
            lineHeight: 1.2,
            hyphens: 'auto',
            overflowWrap: 'anywhere',
            // Two lines at most (the portal puts a block inside, which -webkit-line-clamp would not cut).
            maxHeight: '2.4em',
          },
        })}
      />
      <GlobalSearch />
    </RaAppBar>
  );
}
