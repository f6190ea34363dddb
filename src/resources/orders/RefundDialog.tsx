import { Typography } from '@mui/material';
import { TextInput, useDataProvider, useTranslate } from 'react-admin';
import { domainFormValidator } from '../../components/domainValidation';
import { FormDialog, type FormValues } from '../../components/FormDialog';
import { useFormatMoney } from '../../components/MoneyField';
import { MoneyInput } from '../../components/MoneyInput';
import { useServerAction } from '../../components/useServerAction';
import { paymentSummary, validateRefundRequest } from '../../domain/orders';
import type { KontorDataProvider } from '../../providers/dataProvider';
import type { PresentedOrder } from '../../providers/operations/orders';

export interface RefundDialogProps {
  order: PresentedOrder;
  onClose: () => void;
}

/** Money back to the customer: never more than was paid and not yet refunded. */
export const RefundDialog = ({ order, onClose }: RefundDialogProps) => {
  const dataProvider = useDataProvider<KontorDataProvider>();
  const translate = useTranslate();
  const formatMoney = useFormatMoney();
  const run = useServerAction();
  const { paidTotal, refundedTotal, balance } = paymentSummary(order);
  const validate = domainFormValidator((input) => validateRefundRequest(input, order), {
    moneyFields: ['amount'],
  });

  const submit = async (values: FormValues) => {
    const outcome = await run(
      () =>
        dataProvider.createRefund(order.id, {
          amount: values.amount as number,
          reason: String(values.reason ?? '').trim(),
          version: order.version,
        }),
      { success: 'kontor.orders.refund.created', successArgs: { number: order.number } },
    );
    if (outcome.ok) onClose();
    return outcome.ok ? undefined : outcome.formErrors;
  };

  return (
    <FormDialog
      open
      onClose={onClose}
      title="kontor.orders.refund.title"
      submitLabel="kontor.orders.refund.submit"
      defaultValues={{ amount: null, reason: '' }}
      validate={validate}
      onSubmit={submit}
      description={
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('kontor.orders.refund.limit', {
            paid: formatMoney(paidTotal),
            refunded: formatMoney(refundedTotal),
            balance: formatMoney(balance),
          })}
        </Typography>
      }
    >
      <MoneyInput source="amount" label="kontor.orders.refund.amount" isRequired />
      <TextInput
        source="reason"
        label="kontor.orders.refund.reason"
        isRequired
        multiline
        minRows={2}
        fullWidth
      />
    </FormDialog>
  );
};
