import { BooleanInput } from 'react-admin';

export interface PresetSwitchProps {
  source: string;
  /** The filter value the switch stands for, e.g. 0 for "nothing left" on `available_lte`. */
  value: unknown;
  /** Read by the list's filter form. */
  alwaysOn?: boolean;
  /** Defaults to the source's field label. */
  label?: string;
}

/**
 * A list filter switch for one preset value. Off removes the filter instead
 * of sending `false`, which an API may read as "only the opposite".
 */
export const PresetSwitch = ({ source, value, label }: PresetSwitchProps) => (
  <BooleanInput
    source={source}
    label={label}
    parse={(on: boolean) => (on ? value : undefined)}
    format={(current: unknown) => current === value}
    sx={{ '& .MuiFormControlLabel-root': { minHeight: 44 } }}
  />
);
