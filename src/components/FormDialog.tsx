import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useId, useState, type ReactNode } from 'react';
import { Form, RecordContextProvider, useTranslate, type ValidateForm } from 'react-admin';
import { useIsSmall } from './ResponsiveList';

export type FormValues = Record<string, unknown>;

/** What a submit handler returns: nothing when it worked, else errors per field (react-admin's shape). */
export type SubmitErrors = Record<string, unknown> | undefined;

export interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  /** Translation keys (or text). */
  title: string;
  submitLabel: string;
  /** Extra words under the title, already translated. */
  description?: ReactNode;
  defaultValues?: FormValues;
  validate?: ValidateForm;
  /** Awaited: the dialog stays open, its button busy, until the server has answered. */
  onSubmit: (values: FormValues) => Promise<SubmitErrors>;
  children: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
  /** For actions that cannot be undone (cancelling an order). */
  destructive?: boolean;
}

const SubmitButton = ({
  label,
  destructive,
  busy,
}: {
  label: string;
  destructive: boolean;
  busy: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Button
      type="submit"
      variant="contained"
      color={destructive ? 'error' : 'primary'}
      disabled={busy}
      startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
      sx={{ minHeight: 44 }}
    >
      {translate(label, { _: label })}
    </Button>
  );
};

/**
 * A react-admin form in a dialog (full screen on phones) for one server
 * action: server field errors returned by `onSubmit` land next to the fields.
 * The values are only the dialog's own inputs, even on a record's page.
 */
export const FormDialog = ({
  open,
  onClose,
  title,
  submitLabel,
  description,
  defaultValues,
  validate,
  onSubmit,
  children,
  maxWidth = 'sm',
  destructive = false,
}: FormDialogProps) => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const submit = async (values: FormValues): Promise<SubmitErrors> => {
    setBusy(true);
    try {
      return await onSubmit(values);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      fullScreen={isSmall}
      fullWidth
      maxWidth={maxWidth}
      aria-labelledby={titleId}
    >
      {/* Not the page's record: the form holds only what the action sends, never the record's fields. */}
      <RecordContextProvider value={undefined}>
        <Form defaultValues={defaultValues} validate={validate} onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate(title, { _: title })}</DialogTitle>
          <DialogContent>
            {description}
            {children}
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={onClose} sx={{ minHeight: 44 }}>
              {translate('ra.action.cancel')}
            </Button>
            <SubmitButton label={submitLabel} destructive={destructive} busy={busy} />
          </DialogActions>
        </Form>
      </RecordContextProvider>
    </Dialog>
  );
};
