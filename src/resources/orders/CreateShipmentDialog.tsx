import { Box, Typography } from '@mui/material';
import {
  FormDataConsumer,
  SelectInput,
  TextInput,
  useDataProvider,
  useGetList,
  useTranslate,
} from 'react-admin';
import { FormDialog, type FormValues } from '../../components/FormDialog';
import { shippableFrom, validateShipmentRequest, type Quantities } from '../../domain/shipments';
import type { Id, StockLevel } from '../../domain/types';
import { useActiveCarriers } from '../carriers/useActiveCarriers';
import type { KontorDataProvider } from '../../providers/dataProvider';
import type { PresentedOrder, ShipmentRequestBody } from '../../providers/operations/orders';
import { chosenLines, linesWithin, type FormLine, type QuantityLine } from './lineForm';
import { useLinesForm } from './useLinesForm';
import { QuantityLinesInput } from './QuantityLinesInput';
import { defaultWarehouse, useWorkableWarehouses, WarehouseSelect } from './WarehouseSelect';

type ShipmentFormValues = {
  warehouseId: Id | null;
  carrier: string | null;
  trackingNumber: string;
  lines: FormLine[];
};

function shipmentRequest(values: FormValues): { body: ShipmentRequestBody; formIndexOf: number[] } {
  const { warehouseId, carrier, trackingNumber, lines } = values as unknown as ShipmentFormValues;
  const { chosen, formIndexOf } = chosenLines(lines ?? []);
  return {
    body: {
      warehouseId,
      carrier: carrier ?? '',
      trackingNumber: trackingNumber ?? '',
      items: chosen.map(({ productId, quantity }) => ({ productId, quantity: quantity ?? 0 })),
    },
    formIndexOf,
  };
}

interface StockHintProps {
  line: QuantityLine;
  productIds: Id[];
  order: PresentedOrder;
  warehouseId: Id | null;
  wanted: number;
}

/** How many units may leave the chosen warehouse for this order (the API's own rule). */
const StockHint = ({ line, productIds, order, warehouseId, wanted }: StockHintProps) => {
  const translate = useTranslate();
  // Every line asks with the same parameters, so this is one request for the whole form.
  const { data } = useGetList<StockLevel>(
    'stock-levels',
    {
      filter: { warehouseId, productId: productIds },
      pagination: { page: 1, perPage: productIds.length },
      sort: { field: 'id', order: 'ASC' },
    },
    { enabled: typeof warehouseId === 'number' },
  );
  const level = data?.find((l) => l.productId === line.productId);
  if (!level) return null;
  const canShip = shippableFrom(level, warehouseId === order.warehouseId);
  return (
    <Typography
      variant="caption"
      component="div"
      color={wanted > canShip ? 'warning.main' : 'text.secondary'}
    >
      {translate('kontor.orders.shipment.canShip', { smart_count: canShip })}
    </Typography>
  );
};

/** Carriers a shop starts with have a worded format; others an admin adds are checked by their pattern alone. */
const WORDED_FORMATS = ['DHL', 'DPD', 'GLS', 'UPS', 'Hermes'];

const TrackingNumberInput = ({ carrier }: { carrier: string | null }) => (
  <TextInput
    source="trackingNumber"
    label="resources.shipments.fields.trackingNumber"
    helperText={
      carrier && WORDED_FORMATS.includes(carrier) ? `kontor.shipments.trackingFormat.${carrier}` : false
    }
    fullWidth
    autoComplete="off"
  />
);

export interface CreateShipmentDialogProps {
  order: PresentedOrder;
  /** Units per product not yet on a live shipment. */
  open: Quantities;
  onClose: () => void;
}

/**
 * A parcel for some or all of what is still open: from any warehouse the user
 * works in, partial and split allowed, never more than is left to ship, with
 * a tracking number in the carrier's format (checked here and by the API).
 */
export const CreateShipmentDialog = ({ order, open, onClose }: CreateShipmentDialogProps) => {
  const dataProvider = useDataProvider<KontorDataProvider>();
  const { warehouses, isPending } = useWorkableWarehouses();
  const { choices: carrierChoices, carrierOf, isPending: carriersPending } = useActiveCarriers();
  const lines = linesWithin(order.items, open);
  const productIds = lines.map((line) => line.productId);
  const { validate, submit } = useLinesForm({
    lines,
    toRequest: shipmentRequest,
    check: (body) => validateShipmentRequest(body, open, carrierOf).problems,
    send: (body) => dataProvider.createShipment(order.id, { ...body, version: order.version }),
    success: 'kontor.orders.shipment.created',
    successArgs: { number: order.number },
    onDone: onClose,
  });

  if (isPending || carriersPending) return null;
  const defaults: ShipmentFormValues = {
    warehouseId: defaultWarehouse(warehouses, order.warehouseId),
    carrier: null,
    trackingNumber: '',
    lines: lines.map(({ productId, limit }) => ({ productId, quantity: limit })),
  };
  return (
    <FormDialog
      open
      onClose={onClose}
      title="kontor.orders.shipment.title"
      submitLabel="kontor.orders.shipment.submit"
      defaultValues={defaults as unknown as FormValues}
      validate={validate}
      onSubmit={submit}
      maxWidth="md"
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}>
        <WarehouseSelect source="warehouseId" label="kontor.orders.shipment.from" warehouses={warehouses} />
        <SelectInput
          source="carrier"
          label="resources.shipments.fields.carrier"
          choices={carrierChoices}
          translateChoice={false}
        />
      </Box>
      <FormDataConsumer<ShipmentFormValues>>
        {({ formData }) => (
          <>
            <TrackingNumberInput carrier={formData.carrier} />
            <QuantityLinesInput
              lines={lines}
              limitKey="kontor.orders.shipment.open"
              extra={(line, index) => (
                <StockHint
                  line={line}
                  productIds={productIds}
                  order={order}
                  warehouseId={formData.warehouseId}
                  wanted={formData.lines?.[index]?.quantity ?? 0}
                />
              )}
            />
          </>
        )}
      </FormDataConsumer>
    </FormDialog>
  );
};
