/**
 * The admin's data-protection requests on a customer's page: hand out
 * everything held about them (a JSON file), or erase them, confirmed by typing
 * their e-mail address (src/domain/privacy.ts says what erasure keeps).
 */
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import {
  Button,
  EditButton,
  TextInput,
  TopToolbar,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apiFailureOf } from '../../components/apiError';
import { saveFile } from '../../components/download';
import { FormDialog, type FormValues } from '../../components/FormDialog';
import { isErased } from '../../domain/privacy';
import type { Customer } from '../../domain/types';
import type { KontorDataProvider } from '../../providers/dataProvider';

export const PrivacyActions = () => {
  const customer = useRecordContext<Customer>();
  const { canAccess: mayEdit } = useCanAccess({ resource: 'customers', action: 'edit' });
  const { canAccess: mayErase } = useCanAccess({ resource: 'customers', action: 'delete' });
  const dataProvider = useDataProvider<KontorDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [erasing, setErasing] = useState(false);
  if (!customer) return null;
  const erased = isErased(customer);

  const exportData = async () => {
    try {
      const data = await dataProvider.exportCustomerData(customer.id);
      const text = JSON.stringify(data, null, 2);
      saveFile(new Blob([text], { type: 'application/json' }), `customer-${customer.id}-personal-data.json`);
    } catch (error) {
      notify(apiFailureOf(error).message ?? 'ra.notification.http_error', { type: 'error' });
    }
  };

  const erase = async (values: FormValues) => {
    try {
      await dataProvider.eraseCustomer(customer.id, String(values.confirmEmail ?? ''));
      notify('kontor.customers.privacy.erased', { type: 'info' });
      setErasing(false);
      refresh();
      return undefined;
    } catch (error) {
      const failure = apiFailureOf(error);
      if (Object.keys(failure.fields).length > 0) return failure.fields;
      notify(failure.message ?? 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
  };

  return (
    <TopToolbar>
      {mayEdit && !erased && <EditButton />}
      {mayErase && (
        <Button label="kontor.customers.privacy.export" onClick={() => void exportData()}>
          <DownloadIcon />
        </Button>
      )}
      {mayErase && !erased && (
        <Button label="kontor.customers.privacy.erase" color="error" onClick={() => setErasing(true)}>
          <DeleteForeverIcon />
        </Button>
      )}
      {erasing && (
        <FormDialog
          open
          destructive
          onClose={() => setErasing(false)}
          title="kontor.customers.privacy.eraseTitle"
          submitLabel="kontor.customers.privacy.eraseSubmit"
          description={translate('kontor.customers.privacy.eraseExplained', { email: customer.email })}
          onSubmit={erase}
          defaultValues={{ confirmEmail: '' }}
        >
          <TextInput
            source="confirmEmail"
            label="kontor.customers.privacy.confirmEmail"
            fullWidth
            autoComplete="off"
          />
        </FormDialog>
      )}
    </TopToolbar>
  );
};
