import { InputAdornment, TextField } from '@mui/material';
import { useState, type FocusEvent } from 'react';
import {
  FieldTitle,
  InputHelperText,
  useInput,
  useLocaleState,
  type InputProps,
  type Validator,
} from 'react-admin';
import { centsToText, parseMoneyText } from './money';

export interface MoneyInputProps extends InputProps {
  /**
   * In a list's filter bar, text that is not an amount yet clears the filter
   * instead of reaching the API (a form keeps it, so validation can object).
   */
  filter?: boolean;
}

/** Text that does not read as an amount is kept as a string, so this validator can point at it. */
export const validMoney: Validator = (value: unknown) =>
  typeof value === 'string' && value !== '' ? 'kontor.money.invalid' : undefined;

const keepAsIs = (value: unknown) => value;

function validators(validate: InputProps['validate']): Validator[] {
  if (!validate) return [validMoney];
  return [validMoney, ...(Array.isArray(validate) ? validate : [validate])];
}

/**
 * An amount typed in euros ("12,50" or "12.50") and stored as integer cents.
 * The text being typed is kept apart from the stored value, so formatting
 * never fights the cursor; it is tidied to two decimals on blur.
 */
export const MoneyInput = ({ filter = false, label, helperText, validate, ...props }: MoneyInputProps) => {
  const [locale] = useLocaleState();
  const { field, fieldState, id, isRequired } = useInput({
    ...props,
    validate: validators(validate),
    format: keepAsIs,
    parse: keepAsIs,
  });
  const [draft, setDraft] = useState(() => ({
    text: centsToText(field.value, locale),
    value: field.value as unknown,
  }));
  // A value set from outside (form reset, loaded record, cleared filter) replaces the text.
  if (!Object.is(draft.value, field.value) && typeof field.value !== 'string') {
    setDraft({ text: centsToText(field.value, locale), value: field.value });
  }

  const handleChange = (text: string) => {
    const parsed = parseMoneyText(text);
    const value = parsed.ok ? parsed.cents : filter ? undefined : text;
    setDraft({ text, value });
    field.onChange(value);
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    if (typeof field.value === 'number')
      setDraft({ text: centsToText(field.value, locale), value: field.value });
    field.onBlur();
    props.onBlur?.(event);
  };

  const { error, invalid } = fieldState;
  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={draft.text}
      onChange={(event) => handleChange(event.target.value)}
      onBlur={handleBlur}
      className={`ra-input ra-input-${props.source}`}
      label={
        label === false || label === '' ? null : (
          <FieldTitle label={label} source={props.source} resource={props.resource} isRequired={isRequired} />
        )
      }
      error={invalid}
      helperText={
        helperText !== false || invalid ? (
          <InputHelperText error={error?.message} helperText={helperText} />
        ) : null
      }
      disabled={props.disabled}
      sx={{ minWidth: 140 }}
      slotProps={{
        htmlInput: { inputMode: 'decimal', readOnly: props.readOnly },
        input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
      }}
    />
  );
};
