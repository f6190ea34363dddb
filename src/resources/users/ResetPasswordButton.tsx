import LockResetIcon from '@mui/icons-material/LockReset';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import type { User } from '../../domain/types';
import { MIN_PASSWORD_LENGTH } from './validation';

function messageOf(error: unknown): string | null {
  if (error instanceof Error && error.message) return error.message;
  return null;
}

/**
 * Sets a new password for the user being edited. The password only lives in
 * this dialog's state: it is sent once, then cleared and never shown again.
 */
export const ResetPasswordButton = () => {
  const user = useRecordContext<User>();
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  // The length hint turns into an error only once the user tried to save.
  const [touched, setTouched] = useState(false);
  const [update, { isPending, error, reset }] = useUpdate<User>();
  if (!user) return null;

  const tooShort = password.length < MIN_PASSWORD_LENGTH;
  const close = () => {
    setOpen(false);
    setPassword('');
    setTouched(false);
    reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (tooShort) return;
    update(
      'users',
      { id: user.id, data: { password } as Partial<User>, previousData: user },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          close();
          notify('kontor.users.resetPassword.done', { type: 'success' });
        },
      },
    );
  };

  const serverError = messageOf(error);
  const shortMessage = translate('ra.validation.minLength', { min: MIN_PASSWORD_LENGTH });
  return (
    <>
      <Button startIcon={<LockResetIcon />} onClick={() => setOpen(true)} size="small">
        {translate('kontor.users.resetPassword.action')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="xs">
        <form onSubmit={submit} noValidate>
          <DialogTitle>{translate('kontor.users.resetPassword.title', { name: user.fullName })}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>
              {translate('kontor.users.resetPassword.explain')}
            </DialogContentText>
            <TextField
              autoFocus
              type="password"
              autoComplete="new-password"
              label={translate('kontor.users.resetPassword.newPassword')}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={(touched && tooShort) || !!serverError}
              helperText={
                touched && tooShort
                  ? shortMessage
                  : (serverError ?? translate('kontor.users.passwordHint', { min: MIN_PASSWORD_LENGTH }))
              }
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={isPending}>
              {translate('kontor.users.resetPassword.save')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
