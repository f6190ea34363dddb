import {
  BooleanField,
  DataTable,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  SimpleList,
  useTranslate,
} from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { ResponsiveList } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import { statusChoices } from '../../components/statusColors';
import type { User } from '../../domain/types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={statusChoices('role')} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

/** Users are never deleted, so the table offers no bulk actions (deactivate one by one, in the form). */
const UserList = () => {
  const translate = useTranslate();
  return (
    <ResponsiveList
      filters={filters}
      table={
        <DataTable<User> bulkActionButtons={false}>
          <DataTable.Col source="username" />
          <DataTable.Col source="fullName" />
          <DataTable.Col source="role">
            <StatusChip kind="role" source="role" />
          </DataTable.Col>
          <DataTable.Col source="active">
            <BooleanField source="active" />
          </DataTable.Col>
          <DataTable.Col source="lastLoginAt">
            <LocalDateField source="lastLoginAt" emptyText="kontor.users.neverSignedIn" />
          </DataTable.Col>
        </DataTable>
      }
      small={
        <SimpleList<User>
          primaryText={(record) => record.fullName}
          secondaryText={(record) =>
            record.active ? record.username : `${record.username} · ${translate('kontor.users.inactive')}`
          }
          tertiaryText={() => <StatusChip kind="role" source="role" />}
        />
      }
    />
  );
};

export default UserList;
