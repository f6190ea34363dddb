import { Typography } from '@mui/material';
import { ReferenceField, useCanAccess, useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/**
 * Who did something: the user's name for roles that may read users, "User 7"
 * for the others (fetching the user would only be refused), "System" when no
 * user was involved.
 */
export const UserField = (props: FieldProps & { source: string }) => {
  const userId: unknown = useFieldValue(props);
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'show' });
  if (userId === null || userId === undefined) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('kontor.common.system')}
      </Typography>
    );
  }
  if (canAccess) return <ReferenceField source={props.source} reference="users" />;
  return (
    <Typography component="span" variant="body2">
      {translate('kontor.common.userNumber', { id: String(userId) })}
    </Typography>
  );
};
