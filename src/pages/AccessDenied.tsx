import LockPersonOutlined from '@mui/icons-material/LockPersonOutlined';
import { usePermissions, useTranslate } from 'react-admin';
import { MessagePage } from './MessagePage';

/** Shown when the role may not open a page reached by URL (react-admin's canAccess said no). */
export default function AccessDenied() {
  const translate = useTranslate();
  const { permissions } = usePermissions<string | undefined>();
  const role = permissions ? translate(`kontor.roles.${permissions}`) : '—';
  return (
    <MessagePage
      icon={<LockPersonOutlined />}
      title={translate('kontor.access_denied.title')}
      message={translate('kontor.access_denied.message', { role })}
      homeLabel={translate('kontor.access_denied.home')}
    />
  );
}
