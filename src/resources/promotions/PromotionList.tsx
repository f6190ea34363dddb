import { DataTable, SearchInput, SelectInput, SimpleList, TextField } from 'react-admin';
import { ResponsiveList } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import { statusChoices } from '../../components/statusColors';
import type { Promotion } from '../../domain/types';
import {
  PromotionStatusField,
  PromotionUsageField,
  PromotionValueField,
  PromotionWindowField,
} from './promotionFields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={statusChoices('promotionType')} alwaysOn />,
];

const PromotionList = () => (
  <ResponsiveList
    filters={filters}
    table={
      <DataTable<Promotion> bulkActionButtons={false}>
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
    }
    small={
      <SimpleList<Promotion>
        primaryText={(record) => record.name}
        secondaryText={() => (
          <>
            <PromotionValueField /> · <PromotionWindowField />
          </>
        )}
        tertiaryText={() => <PromotionStatusField />}
      />
    }
  />
);

export default PromotionList;
