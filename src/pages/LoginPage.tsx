/**
 * Sign-in. Errors are the server's own words (wrong credentials, a locked
 * account), already in the user's language via Accept-Language.
 */
import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  IconButton,
  InputAdornment,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useCheckAuth, useLogin, useNavigate, useTranslate } from 'react-admin';
import { Brand } from '../layout/Brand';
import { LocaleSwitcher } from '../layout/LocaleSwitcher';
import { isSessionExpired } from '../providers/session';
import { DemoAccounts, showDemoAccounts } from './DemoAccounts';

function messageOf(error: unknown): string | null {
  return error instanceof Error && error.message ? error.message : null;
}

export function LoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [passwordVisible, setPasswordVisible] = useState(false);
  const [expired] = useState(isSessionExpired);

  useEffect(() => {
    // Already signed in (e.g. the login URL was bookmarked): go straight in.
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined);
  }, [checkAuth, navigate]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(translate('kontor.login.required'));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await login({ username: username.trim(), password });
    } catch (failure) {
      setError(messageOf(failure) ?? translate('ra.auth.sign_in_error'));
      setSubmitting(false);
    }
  };

  const fill = (demoUsername: string, demoPassword: string) => {
    setUsername(demoUsername);
    setPassword(demoPassword);
    setError(null);
  };

  return (
    <Box
      component="main"
      sx={(theme) => ({
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        px: 2,
        pb: 4,
        background: `linear-gradient(160deg, ${theme.palette.primary.main}33 0%, ${theme.palette.background.default} 45%)`,
      })}
    >
      <Box sx={{ alignSelf: 'flex-end', py: 1 }}>
        <LocaleSwitcher />
      </Box>
      <Stack spacing={2} sx={{ width: '100%', maxWidth: 420, mt: { xs: 1, sm: 6 } }}>
        <Card elevation={3}>
          <CardContent component="form" onSubmit={submit} noValidate sx={{ p: { xs: 2.5, sm: 4 } }}>
            <Brand size={36} variant="h5" />
            <Typography variant="h6" component="h1" sx={{ mt: 2, mb: 0.5 }}>
              {translate('kontor.login.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('kontor.app.tagline')}
            </Typography>
            {expired && !error ? (
              <Alert severity="info" sx={{ mb: 2 }}>
                {translate('ra.notification.logged_out')}
              </Alert>
            ) : null}
            {error ? (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {error}
              </Alert>
            ) : null}
            <TextField
              label={translate('ra.auth.username')}
              name="username"
              autoComplete="username"
              autoFocus
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              disabled={submitting}
              margin="normal"
              fullWidth
            />
            <TextField
              label={translate('ra.auth.password')}
              name="password"
              type={passwordVisible ? 'text' : 'password'}
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              disabled={submitting}
              margin="normal"
              fullWidth
              slotProps={{
                input: {
                  endAdornment: (
                    <InputAdornment position="end">
                      <IconButton
                        onClick={() => setPasswordVisible(!passwordVisible)}
                        aria-label={translate(
                          passwordVisible
                            ? 'ra.input.password.toggle_visible'
                            : 'ra.input.password.toggle_hidden',
                        )}
                        edge="end"
                      >
                        {passwordVisible ? <VisibilityOff /> : <Visibility />}
                      </IconButton>
                    </InputAdornment>
                  ),
                },
              }}
            />
            <Button
              type="submit"
              variant="contained"
              size="large"
              fullWidth
              disabled={submitting}
              sx={{ mt: 2 }}
            >
              {translate(submitting ? 'kontor.login.signing_in' : 'ra.auth.sign_in')}
            </Button>
          </CardContent>
        </Card>
        {showDemoAccounts ? <DemoAccounts onPick={fill} /> : null}
      </Stack>
    </Box>
  );
}
