import {
  CreateButton,
  DataTable,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
} from 'react-admin';
import { CsvExportButton } from '../../components/CsvExportButton';
import { FilterTools } from '../../components/SavedFilterPresets';
import { ResponsiveList } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import { StatusTabs } from '../../components/StatusTabs';
import { statusChoices } from '../../components/statusColors';
import type { PromotionStatus } from '../../domain/promotions';
import type { PromotionRecord } from '../../providers/operations/promotions';
import {
  PromotionStatusField,
  PromotionUsageField,
  PromotionValueField,
  PromotionWindowField,
} from './promotionFields';
import { TimelineButton } from './TimelineButton';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={statusChoices('promotionType')} alwaysOn />,
];

/** In the order a merchandiser looks at them: what runs now first, what is over last. */
const TAB_STATUSES: readonly PromotionStatus[] = [
  'active',
  'scheduled',
  'paused',
  'draft',
  'exhausted',
  'expired',
];
const tabs = <StatusTabs kind="promotion" statuses={TAB_STATUSES} />;

const ListActions = () => (
  <TopToolbar>
    <FilterTools />
    <TimelineButton />
    <CreateButton />
    <CsvExportButton />
  </TopToolbar>
);

const PromotionList = () => (
  <ResponsiveList
    filters={filters}
    actions={<ListActions />}
    table={
      <>
        {tabs}
        <DataTable<PromotionRecord> bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="code">
            <TextField source="code" emptyText="kontor.promotions.noCode" sx={{ fontFamily: 'monospace' }} />
          </DataTable.Col>
          <DataTable.Col source="type">
            <StatusChip kind="promotionType" source="type" />
          </DataTable.Col>
          <DataTable.Col source="value" align="right">
            <PromotionValueField />
          </DataTable.Col>
          <DataTable.Col source="startsAt" label="resources.promotions.fields.window">
            <PromotionWindowField />
          </DataTable.Col>
          <DataTable.Col source="usageCount" label="resources.promotions.fields.usage" align="right">
            <PromotionUsageField />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort>
            <PromotionStatusField />
          </DataTable.Col>
        </DataTable>
      </>
    }
    small={
      <>
        {tabs}
        <SimpleList<PromotionRecord>
          primaryText={(record) => record.name}
          secondaryText={() => (
            <>
              <PromotionValueField /> · <PromotionWindowField />
            </>
          )}
          tertiaryText={() => <PromotionStatusField />}
        />
      </>
    }
  />
);

export default PromotionList;
