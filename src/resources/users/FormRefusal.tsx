import { Alert } from '@mui/material';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { apiFailureOf } from '../../components/apiError';

interface RefusalState {
  refusal: string | null;
  setRefusal(message: string | null): void;
}

const RefusalContext = createContext<RefusalState>({ refusal: null, setRefusal: () => undefined });

/**
 * Keeps the API's refusal of a whole save (no field errors: "this is the last
 * active administrator", a 403, a stale copy) for the form to show, instead
 * of a toast that is gone before it is read. Field errors stay next to their
 * fields, where react-admin puts them.
 */
export function useRefusalHandler() {
  const translate = useTranslate();
  const [refusal, setRefusal] = useState<string | null>(null);
  const onError = (error: unknown) => {
    const { message, fields } = apiFailureOf(error);
    if (Object.keys(fields).length === 0) setRefusal(message ?? translate('ra.notification.http_error'));
  };
  return { state: { refusal, setRefusal }, onError };
}

export const RefusalProvider = ({ value, children }: { value: RefusalState; children: ReactNode }) => (
  <RefusalContext.Provider value={value}>{children}</RefusalContext.Provider>
);

/** Inside the form: the refusal, until the user changes any field. */
export const FormRefusal = () => {
  const { refusal, setRefusal } = useContext(RefusalContext);
  const { watch } = useFormContext();
  useEffect(() => {
    if (!refusal) return;
    const subscription = watch(() => setRefusal(null));
    return () => subscription.unsubscribe();
  }, [refusal, setRefusal, watch]);
  if (!refusal) return null;
  return (
    <Alert severity="error" role="alert" sx={{ width: '100%', boxSizing: 'border-box', mb: 1 }}>
      {refusal}
    </Alert>
  );
};
