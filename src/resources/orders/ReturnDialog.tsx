import { BooleanInput, TextInput, useDataProvider } from 'react-admin';
import { FormDialog, type FormValues } from '../../components/FormDialog';
import { validateReturnRequest } from '../../domain/orders';
import type { Quantities } from '../../domain/shipments';
import type { Id } from '../../domain/types';
import type { KontorDataProvider } from '../../providers/dataProvider';
import type { PresentedOrder, ReturnRequestBody } from '../../providers/operations/orders';
import { chosenLines, linesWithin, type FormLine } from './lineForm';
import { useLinesForm } from './useLinesForm';
import { QuantityLinesInput } from './QuantityLinesInput';
import { defaultWarehouse, useWorkableWarehouses, WarehouseSelect } from './WarehouseSelect';

type ReturnFormValues = {
  reason: string;
  /** Where restocked units go back on the shelf. */
  warehouseId: Id | null;
  lines: (FormLine & { restock: boolean })[];
};

function returnRequest(values: FormValues): { body: ReturnRequestBody; formIndexOf: number[] } {
  const { reason, warehouseId, lines } = values as unknown as ReturnFormValues;
  const { chosen, formIndexOf } = chosenLines(lines ?? []);
  const items = chosen.map(({ productId, quantity, restock }) => ({
    productId,
    quantity: quantity ?? 0,
    restock,
    warehouseId: restock ? warehouseId : null,
  }));
  return { body: { items, reason: reason ?? '' }, formIndexOf };
}

export interface ReturnDialogProps {
  order: PresentedOrder;
  /** Delivered units not yet returned, per product. */
  returnable: Quantities;
  onClose: () => void;
}

/**
 * Records what came back: per line how many, and whether it goes back on the
 * shelf (into the chosen warehouse) or is written off; with the reason.
 */
export const ReturnDialog = ({ order, returnable, onClose }: ReturnDialogProps) => {
  const dataProvider = useDataProvider<KontorDataProvider>();
  const { warehouses, isPending } = useWorkableWarehouses();
  const lines = linesWithin(order.items, returnable);
  const { validate, submit } = useLinesForm({
    lines,
    toRequest: returnRequest,
    check: (body) => validateReturnRequest(body, returnable, order.warehouseId).problems,
    send: (body) => dataProvider.createReturn(order.id, { ...body, version: order.version }),
    success: 'kontor.orders.return.created',
    successArgs: { number: order.number },
    onDone: onClose,
  });

  if (isPending) return null;
  const defaults: ReturnFormValues = {
    reason: '',
    warehouseId: defaultWarehouse(warehouses, order.warehouseId),
    lines: lines.map(({ productId }) => ({ productId, quantity: 0, restock: true })),
  };
  return (
    <FormDialog
      open
      onClose={onClose}
      title="kontor.orders.return.title"
      submitLabel="kontor.orders.return.submit"
      defaultValues={defaults as unknown as FormValues}
      validate={validate}
      onSubmit={submit}
      maxWidth="md"
    >
      <QuantityLinesInput
        lines={lines}
        limitKey="kontor.orders.return.returnable"
        extra={(_line, index) => (
          <BooleanInput
            source={`lines.${index}.restock`}
            label="kontor.orders.return.restock"
            helperText={false}
          />
        )}
      />
      <WarehouseSelect
        source="warehouseId"
        label="kontor.orders.return.warehouse"
        helperText="kontor.orders.return.warehouseHelp"
        warehouses={warehouses}
      />
      <TextInput
        source="reason"
        label="kontor.orders.return.reason"
        isRequired
        multiline
        minRows={2}
        fullWidth
      />
    </FormDialog>
  );
};
