/**
 * An Edit view that never silently overwrites a colleague's change nor loses
 * what the user typed. The API refuses a save based on a stale copy with 409;
 * the toolbar then offers to reload: the fresh record replaces every field the
 * user did not touch (and the version), the user's edits stay on top, and the
 * next save sends just those edits with the new version.
 *
 * The form must keep dirty values when its record is refetched:
 * `<SimpleForm resetOptions={KEEP_EDITS_ON_RELOAD} toolbar={<ConflictToolbar />}>`.
 */
import { Alert, AlertTitle, Box, Button, CircularProgress } from '@mui/material';
import { createContext, useContext, useState, type ReactNode } from 'react';
import {
  Edit,
  Toolbar,
  useEditContext,
  useNotify,
  useResourceContext,
  useTranslate,
  type EditProps,
  type RaRecord,
  type ToolbarProps,
} from 'react-admin';
import { changedFields } from '../providers/dataProvider';
import { apiFailureOf } from './apiError';

export const KEEP_EDITS_ON_RELOAD = { keepDirtyValues: true } as const;

interface Conflict {
  /** The fields the user changed, as they tried to save them. */
  edits: Record<string, unknown>;
  /** The copy the edits were based on. */
  stale: Partial<RaRecord>;
  /** After reloading: the edited fields that someone else changed meanwhile. */
  overlap?: string[];
}

interface ConflictState {
  conflict: Conflict | null;
  setConflict(conflict: Conflict | null): void;
}

const ConflictContext = createContext<ConflictState>({ conflict: null, setConflict: () => undefined });

function withoutVersion(fields: Record<string, unknown>): Record<string, unknown> {
  const { version: _version, ...rest } = fields;
  return rest;
}

interface UpdateVariables {
  data?: Partial<RaRecord>;
  previousData?: Partial<RaRecord>;
}

/** `<Edit mutationMode="pessimistic">` that recognises a stale-version refusal. */
export const ConflictSafeEdit = ({ children, ...props }: EditProps) => {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const notify = useNotify();
  const onError = (error: unknown, variables: unknown) => {
    const failure = apiFailureOf(error);
    if (failure.status === 409) {
      const { data = {}, previousData = {} } = variables as UpdateVariables;
      setConflict({ edits: withoutVersion(changedFields(data, previousData)), stale: previousData });
    }
    // Field errors are shown next to their fields (and react-admin says the form is invalid).
    if (Object.keys(failure.fields).length === 0) {
      notify(failure.message || 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <ConflictContext.Provider value={{ conflict, setConflict }}>
      <Edit
        mutationMode="pessimistic"
        {...props}
        mutationOptions={{
          ...props.mutationOptions,
          onError,
          // A save that went through settles any conflict shown before it.
          onSettled: (_data, error) => (error ? undefined : setConflict(null)),
        }}
      >
        {children}
      </Edit>
    </ConflictContext.Provider>
  );
};

function useFieldLabels() {
  const translate = useTranslate();
  const resource = useResourceContext() ?? '';
  return (fields: string[]) =>
    fields.map((field) => translate(`resources.${resource}.fields.${field}`, { _: field })).join(', ');
}

/** Rendered only after a conflict, so the toolbar also works in a Create form (no edit context there). */
const ConflictNotice = () => {
  const { conflict, setConflict } = useContext(ConflictContext);
  return conflict ? <ConflictAlert conflict={conflict} setConflict={setConflict} /> : null;
};

const ConflictAlert = ({ conflict, setConflict }: ConflictState & { conflict: Conflict }) => {
  const { refetch } = useEditContext();
  const translate = useTranslate();
  const labels = useFieldLabels();
  const [reloading, setReloading] = useState(false);

  const reload = async () => {
    setReloading(true);
    try {
      const { data: fresh } = await refetch();
      const changedMeanwhile = Object.keys(withoutVersion(changedFields(fresh ?? {}, conflict.stale)));
      setConflict({
        ...conflict,
        overlap: Object.keys(conflict.edits).filter((f) => changedMeanwhile.includes(f)),
      });
    } finally {
      setReloading(false);
    }
  };

  const edited = labels(Object.keys(conflict.edits));
  if (conflict.overlap) {
    return (
      <Alert
        severity={conflict.overlap.length ? 'warning' : 'info'}
        onClose={() => setConflict(null)}
        sx={{ m: 2 }}
      >
        <AlertTitle>{translate('kontor.conflict.reloadedTitle')}</AlertTitle>
        {translate('kontor.conflict.reloaded', { fields: edited })}
        {conflict.overlap.length > 0 && (
          <Box component="p" sx={{ mb: 0 }}>
            {translate('kontor.conflict.overlap', { fields: labels(conflict.overlap) })}
          </Box>
        )}
      </Alert>
    );
  }
  return (
    <Alert
      severity="error"
      sx={{ m: 2, '& .MuiAlert-action': { alignItems: 'center' } }}
      action={
        <Button color="inherit" size="small" onClick={reload} disabled={reloading} sx={{ minHeight: 44 }}>
          {reloading && <CircularProgress size={16} color="inherit" sx={{ mr: 1 }} />}
          {translate('kontor.conflict.reload')}
        </Button>
      }
    >
      <AlertTitle>{translate('kontor.conflict.title')}</AlertTitle>
      {translate('kontor.conflict.message', { fields: edited })}
    </Alert>
  );
};

/** The form toolbar of a ConflictSafeEdit: the conflict notice above the usual buttons. */
export const ConflictToolbar = ({ children, ...props }: ToolbarProps & { children?: ReactNode }) => (
  <>
    <ConflictNotice />
    <Toolbar {...props}>{children}</Toolbar>
  </>
);
