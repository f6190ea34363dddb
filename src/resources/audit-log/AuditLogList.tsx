import {
  DataTable,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  TextInput,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { LocalDateField } from '../../components/LocalDateField';
import { dateRangeFilters } from '../../components/rangeFilters';
import { ResponsiveList } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import { statusChoices } from '../../components/statusColors';
import { COLLECTION_NAMES } from '../../domain/resources';
import type { AuditEntry } from '../../domain/types';
import {
  areaLabel,
  AuditEntryDetails,
  AuditRecordField,
  AuditResourceField,
  ChangedFieldsSummary,
} from './auditFields';

/** Every collection the API writes entries for (the log itself is never an entry's subject). */
const AREAS = COLLECTION_NAMES.filter((name) => name !== 'audit-log');

/** Roles that may not read users pick the user by name instead of from the user list. */
function useFilters() {
  const translate = useTranslate();
  const { canAccess: canListUsers } = useCanAccess({ resource: 'users', action: 'list' });
  const resourceChoices = AREAS.map((name) => ({ id: name, name: areaLabel(translate, name) })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    canListUsers ? (
      <ReferenceInput key="userId" source="userId" reference="users" />
    ) : (
      <TextInput key="username" source="username" />
    ),
    <SelectInput
      key="resource"
      source="resource"
      choices={resourceChoices}
      translateChoice={false}
      alwaysOn
    />,
    <SelectInput key="action" source="action" choices={statusChoices('auditAction')} alwaysOn />,
    ...dateRangeFilters('at'),
  ];
}

const AuditLogList = () => {
  const filters = useFilters();
  return (
    <ResponsiveList
      filters={filters}
      table={
        <DataTable<AuditEntry> bulkActionButtons={false} rowClick="expand" expand={<AuditEntryDetails />}>
          <DataTable.Col source="at">
            <LocalDateField source="at" />
          </DataTable.Col>
          <DataTable.Col source="username" />
          <DataTable.Col source="action">
            <StatusChip kind="auditAction" source="action" />
          </DataTable.Col>
          <DataTable.Col source="resource">
            <AuditResourceField />
          </DataTable.Col>
          <DataTable.Col source="recordId">
            <AuditRecordField />
          </DataTable.Col>
          <DataTable.Col source="changes" disableSort>
            <ChangedFieldsSummary />
          </DataTable.Col>
        </DataTable>
      }
      small={
        <SimpleList<AuditEntry>
          rowClick={false}
          primaryText={() => (
            <>
              <TextField source="username" /> · <AuditResourceField />
            </>
          )}
          secondaryText={() => (
            <>
              <LocalDateField source="at" /> · <ChangedFieldsSummary />
            </>
          )}
          tertiaryText={() => <StatusChip kind="auditAction" source="action" />}
        />
      }
    />
  );
};

export default AuditLogList;
