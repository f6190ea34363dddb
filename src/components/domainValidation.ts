/**
 * Runs the domain's pure validators (the same ones the API applies) as a
 * react-admin form-level validator, so a form objects before saving with the
 * very messages the server would send (`domain.<key>` in the i18nProvider).
 */
import type { RaRecord } from 'react-admin';
import type { FieldProblems } from '../domain/errors';
import type { MessageParams } from '../domain/messages';
import { changedFields } from '../providers/dataProvider';

interface TranslatableError {
  message: string;
  /** react-admin only treats an error as translatable when `args` is present. */
  args: MessageParams;
}

export type FormErrors = Record<string, TranslatableError>;

export interface DomainValidatorOptions {
  /** The record being edited; when set, only the fields that changed are checked, as the API would. */
  record?: RaRecord;
  /** Fields typed with MoneyInput: text that is not an amount yet is reported as such. */
  moneyFields?: readonly string[];
}

export function domainFormValidator(
  validate: (input: Record<string, unknown>) => FieldProblems,
  { record, moneyFields = [] }: DomainValidatorOptions = {},
) {
  return (values: Record<string, unknown>): FormErrors => {
    const input: Record<string, unknown> = record ? changedFields(values, record) : { ...values };
    const errors: FormErrors = {};
    for (const field of moneyFields) {
      if (typeof input[field] === 'string' && input[field] !== '') {
        errors[field] = { message: 'kontor.money.invalid', args: {} };
        delete input[field];
      }
    }
    for (const [field, problem] of Object.entries(validate(input))) {
      errors[field] ??= { message: `domain.${problem.key}`, args: problem.params ?? {} };
    }
    return errors;
  };
}
