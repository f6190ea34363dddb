import { Divider, Stack, Typography } from '@mui/material';
import {
  BooleanField,
  ChipField,
  Labeled,
  NumberField,
  ReferenceArrayField,
  Show,
  SingleFieldList,
  type ShowProps,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DetailGrid } from '../../components/DetailGrid';
import { MoneyField } from '../../components/MoneyField';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { Section } from '../../components/Section';
import { useShopTimeZone } from '../../components/ShopSettingsContext';
import { StatusChip } from '../../components/StatusChip';
import type { PromotionRecord } from '../../providers/operations/promotions';
import { OverlapList } from './OverlapList';
import { PromotionCodes } from './PromotionCodes';
import { PromotionStatusField, PromotionValueField, PromotionWindowField } from './promotionFields';
import { PromotionResults } from './PromotionResults';
import { PromotionShowActions, StatusBanner } from './PromotionShowActions';
import { useStoredOverlaps } from './queries';

const ScopeField = (_props: { label?: string }) => {
  const promotion = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  return promotion ? <span>{translate(`kontor.promotions.scope.${promotion.scope}`)}</span> : null;
};

/** The categories or products a scoped promotion applies to. */
const ScopeTargets = () => {
  const promotion = useRecordContext<PromotionRecord>();
  if (!promotion || promotion.scope === 'order') return null;
  const [source, reference] =
    promotion.scope === 'categories' ? ['categoryIds', 'categories'] : ['productIds', 'products'];
  return (
    <Labeled label={`resources.promotions.fields.${source}`}>
      <ReferenceArrayField source={source} reference={reference}>
        <SingleFieldList linkType="show">
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
    </Labeled>
  );
};

const Overlaps = () => {
  const promotion = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  const { data } = useStoredOverlaps(promotion?.id);
  return (
    <Section title="kontor.promotions.overlaps.title">
      {data && data.length > 0 ? (
        <OverlapList overlaps={data} linked />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {data ? translate('kontor.promotions.overlaps.none') : '…'}
        </Typography>
      )}
    </Section>
  );
};

const Details = () => {
  const translate = useTranslate();
  const timeZone = useShopTimeZone();
  return (
    <DetailGrid>
      <TextField source="code" emptyText="kontor.promotions.noCode" />
      <StatusChip kind="promotionType" source="type" />
      <PromotionValueField label="resources.promotions.fields.value" />
      <ScopeField label="resources.promotions.fields.scope" />
      <PromotionWindowField
        label={translate('kontor.promotions.windowInZone', { zone: timeZone })}
        showTime
      />
      <MoneyField source="minSubtotal" />
      <NumberField source="usageLimit" emptyText="kontor.promotions.unlimited" />
      <NumberField source="perCustomerLimit" emptyText="kontor.promotions.unlimited" />
      <MoneyField source="budget" emptyText="kontor.promotions.unlimited" />
      <NumberField source="priority" />
      <BooleanField source="combinable" />
    </DetailGrid>
  );
};

const Heading = () => {
  const promotion = useRecordContext<PromotionRecord>();
  if (!promotion) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="h5" component="h2" sx={{ overflowWrap: 'anywhere' }}>
        {promotion.name}
      </Typography>
      <PromotionStatusField />
    </Stack>
  );
};

const PromotionShow = (props: Omit<ShowProps, 'children'>) => (
  <Show
    actions={<PromotionShowActions />}
    aside={<RecordHistory resource="promotions" />}
    sx={withHistorySx}
    {...props}
  >
    <Stack spacing={2} sx={{ p: 2 }} divider={<Divider flexItem />}>
      <Stack spacing={2}>
        <Heading />
        <StatusBanner />
        <Details />
        <ScopeTargets />
      </Stack>
      <PromotionResults />
      <PromotionCodes />
      <Overlaps />
    </Stack>
  </Show>
);

export default PromotionShow;
