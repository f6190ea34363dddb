import { TextInput, useDataProvider } from 'react-admin';
import { domainFormValidator } from '../../components/domainValidation';
import { FormDialog, type FormValues } from '../../components/FormDialog';
import { useServerAction } from '../../components/useServerAction';
import { checkTransition, type ManualTransition } from '../../domain/orders';
import type { Role } from '../../domain/permissions';
import type { KontorDataProvider } from '../../providers/dataProvider';
import type { PresentedOrder } from '../../providers/operations/orders';

/** Which words a status change goes by: a hold is released, whatever it returns to. */
export function transitionActionKey(
  order: Pick<PresentedOrder, 'status'>,
  transition: ManualTransition,
): string {
  if (order.status === 'on_hold' && transition.to !== 'cancelled') return 'release';
  return transition.to;
}

export interface TransitionDialogProps {
  order: PresentedOrder;
  transition: ManualTransition;
  role: Role;
  onClose: () => void;
}

/** Confirms one status change, with the reason the timeline keeps (required for hold and cancel). */
export const TransitionDialog = ({ order, transition, role, onClose }: TransitionDialogProps) => {
  const dataProvider = useDataProvider<KontorDataProvider>();
  const run = useServerAction();
  const action = transitionActionKey(order, transition);
  // The domain's own check (the one the API runs) says whether a reason is missing.
  const validate = domainFormValidator((input) => {
    const check = checkTransition(order, transition.to, input.reason ?? '', role);
    return check.ok ? {} : (check.fields ?? {});
  });

  const submit = async (values: FormValues) => {
    const reason = typeof values.reason === 'string' ? values.reason.trim() : '';
    const outcome = await run(
      () =>
        dataProvider.transitionOrder(order.id, {
          to: transition.to,
          ...(reason ? { reason } : {}),
          version: order.version,
        }),
      { success: `kontor.orders.transition.done.${action}`, successArgs: { number: order.number } },
    );
    if (outcome.ok || outcome.refusal.status === 409) onClose();
    return outcome.ok ? undefined : outcome.formErrors;
  };

  return (
    <FormDialog
      open
      onClose={onClose}
      title={`kontor.orders.transition.title.${action}`}
      submitLabel={`kontor.orders.actions.${action}`}
      destructive={transition.to === 'cancelled'}
      defaultValues={{ reason: '' }}
      validate={validate}
      onSubmit={submit}
    >
      <TextInput
        source="reason"
        label={
          transition.reasonRequired ? 'kontor.orders.transition.reason' : 'kontor.orders.transition.note'
        }
        isRequired={transition.reasonRequired}
        multiline
        minRows={2}
        fullWidth
        autoFocus
      />
    </FormDialog>
  );
};
