import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Id } from '../../domain/types';
import { useCategoryTree } from './categoryTree';

export interface CategorySelectProps {
  value: Id | null;
  onChange(id: Id | null): void;
  label: string;
  disabled?: boolean;
  error?: string | null;
}

/** A plain select of every category, subcategories indented under their parent. */
export const CategorySelect = ({ value, onChange, label, disabled, error }: CategorySelectProps) => {
  const translate = useTranslate();
  const { nodes, isPending } = useCategoryTree();
  return (
    <TextField
      select
      fullWidth
      label={translate(label)}
      value={isPending ? '' : (value ?? '')}
      onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
      disabled={disabled || isPending}
      error={!!error}
      helperText={error ?? undefined}
    >
      {nodes.map(({ category, depth }) => (
        <MenuItem key={category.id} value={category.id} sx={{ pl: 2 + depth * 3, minHeight: 44 }}>
          {category.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
