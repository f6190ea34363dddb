import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { LabelKind } from '../domain/messages/labels';

/** A value of a closed set (a payment kind) as its word, from src/domain/messages/labels.ts. */
export const LabelField = ({ kind, ...props }: FieldProps & { kind: LabelKind; source: string }) => {
  const value: unknown = useFieldValue(props);
  const translate = useTranslate();
  if (typeof value !== 'string') return null;
  return <span>{translate(`domain.label.${kind}.${value}`, { _: value })}</span>;
};
