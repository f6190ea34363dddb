import { Stack } from '@mui/material';
import {
  BooleanField,
  ChipField,
  Labeled,
  NumberField,
  ReferenceArrayField,
  Show,
  SingleFieldList,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DetailGrid } from '../../components/DetailGrid';
import { MoneyField } from '../../components/MoneyField';
import { StatusChip } from '../../components/StatusChip';
import type { Promotion } from '../../domain/types';
import {
  PromotionStatusField,
  PromotionUsageField,
  PromotionValueField,
  PromotionWindowField,
} from './promotionFields';

const ScopeField = (_props: { label?: string }) => {
  const promotion = useRecordContext<Promotion>();
  const translate = useTranslate();
  return promotion ? <span>{translate(`kontor.promotions.scope.${promotion.scope}`)}</span> : null;
};

/** The categories or products a scoped promotion applies to. */
const ScopeTargets = () => {
  const promotion = useRecordContext<Promotion>();
  if (!promotion || promotion.scope === 'order') return null;
  const [source, reference] =
    promotion.scope === 'categories' ? ['categoryIds', 'categories'] : ['productIds', 'products'];
  return (
    <Labeled label={`resources.promotions.fields.${source}`}>
      <ReferenceArrayField source={source} reference={reference}>
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
    </Labeled>
  );
};

/** Read-only for now: editing promotions comes with their own screen. */
const PromotionShow = () => (
  <Show>
    <Stack spacing={2} sx={{ p: 2 }}>
      <DetailGrid>
        <TextField source="name" />
        <TextField source="code" emptyText="kontor.promotions.noCode" />
        <PromotionStatusField label="resources.promotions.fields.status" />
        <StatusChip kind="promotionType" source="type" />
        <PromotionValueField label="resources.promotions.fields.value" />
        <ScopeField label="resources.promotions.fields.scope" />
        <PromotionWindowField label="resources.promotions.fields.window" showTime />
        <PromotionUsageField label="resources.promotions.fields.usage" />
        <NumberField source="perCustomerLimit" emptyText="kontor.promotions.unlimited" />
        <MoneyField source="minSubtotal" />
        <MoneyField source="budget" emptyText="kontor.promotions.unlimited" />
        <MoneyField source="discountGiven" />
        <NumberField source="priority" />
        <BooleanField source="combinable" />
      </DetailGrid>
      <ScopeTargets />
    </Stack>
  </Show>
);

export default PromotionShow;
