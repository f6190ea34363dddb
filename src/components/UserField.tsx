import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { KontorDataProvider } from '../providers/dataProvider';

/** Names change rarely; one request serves every "created by" on every screen for a while. */
const NAMES_STALE_MS = 5 * 60_000;

/** Every user's name by id, from the API's `/user-names`, which every role may read. */
export function useUserNames(): Map<number, string> | undefined {
  const dataProvider = useDataProvider<KontorDataProvider>();
  const { data } = useQuery({
    queryKey: ['user-names'],
    queryFn: () => dataProvider.getUserNames(),
    staleTime: NAMES_STALE_MS,
  });
  return data ? new Map(data.map(({ id, fullName }) => [id, fullName])) : undefined;
}

/**
 * Who did something: the user's name for every role, "System" when no user was
 * involved, "User 7" only for an id the API does not know.
 */
export const UserField = (props: FieldProps & { source: string }) => {
  const userId: unknown = useFieldValue(props);
  const translate = useTranslate();
  const names = useUserNames();
  if (userId === null || userId === undefined) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('kontor.common.system')}
      </Typography>
    );
  }
  if (!names) return null;
  return (
    <Typography component="span" variant="body2">
      {names.get(Number(userId)) ?? translate('kontor.common.userNumber', { id: String(userId) })}
    </Typography>
  );
};
