import { Box, ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  Logout,
  TitlePortal,
  ToggleThemeButton,
  UserMenu,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { Brand } from './Brand';
import { GlobalSearch } from './GlobalSearch';
import { LocaleSwitcher } from './LocaleSwitcher';

/** Who is signed in and in which role, above the logout entry. */
function KontorUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <UserMenu>
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
      <Logout />
    </UserMenu>
  );
}

function Toolbar() {
  return (
    <>
      <LocaleSwitcher />
      <ToggleThemeButton />
      <LoadingIndicator />
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
      <TitlePortal variant="subtitle1" />
      <GlobalSearch />
    </RaAppBar>
  );
}
