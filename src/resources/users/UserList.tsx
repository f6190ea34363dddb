import {
  BooleanField,
  DataTable,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  SimpleList,
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

const UserList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<User>>
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
        secondaryText={(record) => record.username}
        tertiaryText={() => <StatusChip kind="role" source="role" />}
      />
    }
  />
);

export default UserList;
