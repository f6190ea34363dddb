import { Button, Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ROLES } from '../domain/permissions';

/** Mirrors the mock API's DEMO_PASSWORD (mock-api/auth/passwords.ts, server-only code); a test keeps them equal. */
export const DEMO_PASSWORD = 'kontor-demo';

/** Every role has one demo user whose username is the role's name. */
export const DEMO_USERNAMES = ROLES;

export const showDemoAccounts = import.meta.env.VITE_DEMO !== 'false';

interface DemoAccountsProps {
  onPick: (username: string, password: string) => void;
}

export function DemoAccounts({ onPick }: DemoAccountsProps) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" component="section" aria-labelledby="demo-accounts-title">
      <CardContent sx={{ pb: 1 }}>
        <Typography id="demo-accounts-title" variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate('kontor.login.demo.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('kontor.login.demo.password', { password: DEMO_PASSWORD })}
        </Typography>
        <List dense disablePadding>
          {DEMO_USERNAMES.map((username) => (
            <ListItem
              key={username}
              disableGutters
              secondaryAction={
                <Button
                  size="small"
                  variant="outlined"
                  onClick={() => onPick(username, DEMO_PASSWORD)}
                  aria-label={translate('kontor.login.demo.fill', { username })}
                >
                  {username}
                </Button>
              }
              sx={{ pr: 16 }}
            >
              <ListItemText
                primary={translate(`kontor.roles.${username}`)}
                secondary={translate(`kontor.role_descriptions.${username}`)}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
