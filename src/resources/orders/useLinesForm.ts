import type { FormValues, SubmitErrors } from '../../components/FormDialog';
import { useServerAction } from '../../components/useServerAction';
import type { FieldProblems } from '../../domain/errors';
import type { Id } from '../../domain/types';
import { lineFieldMapper, linesFormValidator, type QuantityLine } from './lineForm';

export interface LinesFormOptions<Body extends object> {
  lines: readonly QuantityLine[];
  /** The request body from the form values, and where each of its items sits in the form. */
  toRequest: (values: FormValues) => { body: Body; formIndexOf: number[] };
  /** The domain validator the API runs on the same body. */
  check: (body: Record<string, unknown>) => FieldProblems;
  send: (body: Body) => Promise<unknown>;
  success: string;
  successArgs?: Record<string, unknown>;
  onDone: () => void;
}

/**
 * The validate and submit handlers of a form over order lines (a shipment,
 * a return): checked on the client with the domain's rules, sent pessimistically,
 * and refusals placed at the line they concern.
 */
export function useLinesForm<Body extends object>(options: LinesFormOptions<Body>) {
  const run = useServerAction();
  const { lines, toRequest, check, send, success, successArgs, onDone } = options;
  const skuOf = (productId: Id) => lines.find((line) => line.productId === productId)?.sku;
  const validate = linesFormValidator(toRequest, check, skuOf);
  const submit = async (values: FormValues): Promise<SubmitErrors> => {
    const { body, formIndexOf } = toRequest(values);
    const outcome = await run(() => send(body), {
      success,
      successArgs,
      fieldOf: lineFieldMapper(formIndexOf),
    });
    if (outcome.ok) onDone();
    return outcome.ok ? undefined : outcome.formErrors;
  };
  return { validate, submit };
}
