/** The period (a preset or two dates), the comparison and the warehouse: everything kept in the URL. */
import { MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { COMPARISONS, type Comparison } from '../domain/kpis/types';
import { parseWallClock } from '../domain/time';
import type { Warehouse } from '../domain/types';
import { RANGE_PRESETS, type DashboardState, type RangePreset } from './dashboardQuery';

export interface DashboardControlsProps {
  state: DashboardState;
  /** The dates the state covers now, so "custom" starts from what is on screen. */
  period: { from: string; to: string };
  onChange(change: Partial<DashboardState>): void;
}

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parseWallClock(text) !== null;

const CONTROL_WIDTH = { xs: '100%', sm: 'auto' };

export const DashboardControls = ({ state, period, onChange }: DashboardControlsProps) => {
  const translate = useTranslate();
  const { data: warehouses = [] } = useGetList<Warehouse>('warehouses', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
  });
  const chooseRange = (range: RangePreset) =>
    onChange(
      range === 'custom' ? { range, from: period.from, to: period.to } : { range, from: null, to: null },
    );
  const changeDate = (bound: 'from' | 'to', value: string) => {
    const next = { from: period.from, to: period.to, [bound]: value };
    if (isDate(next.from) && isDate(next.to) && next.from <= next.to) onChange({ range: 'custom', ...next });
  };
  return (
    <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap" alignItems="center" sx={{ mt: 1 }}>
      <TextField
        select
        size="small"
        label={translate('kontor.kpis.range.label')}
        value={state.range}
        onChange={(event) => chooseRange(event.target.value as RangePreset)}
        sx={{ minWidth: 160, width: CONTROL_WIDTH }}
      >
        {RANGE_PRESETS.map((preset) => (
          <MenuItem key={preset} value={preset}>
            {translate(`kontor.kpis.range.${preset}`)}
          </MenuItem>
        ))}
      </TextField>
      {state.range === 'custom'
        ? (['from', 'to'] as const).map((bound) => (
            <TextField
              key={bound}
              type="date"
              size="small"
              label={translate(`kontor.kpis.range.${bound}`)}
              value={period[bound]}
              onChange={(event) => changeDate(bound, event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ width: { xs: 'calc(50% - 6px)', sm: 170 } }}
            />
          ))
        : null}
      <ToggleButtonGroup
        size="small"
        exclusive
        value={state.compare}
        onChange={(_event, compare: Comparison | null) => compare && onChange({ compare })}
        aria-label={translate('kontor.kpis.compare.label')}
      >
        {COMPARISONS.map((compare) => (
          <ToggleButton key={compare} value={compare}>
            {translate(`kontor.kpis.compare.${compare}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <TextField
        select
        size="small"
        label={translate('kontor.kpis.warehouse.label')}
        // Until the warehouses arrive the chosen one has no menu entry, and MUI warns about a value it cannot show.
        value={warehouses.some((w) => w.id === state.warehouseId) ? String(state.warehouseId) : ''}
        onChange={(event) =>
          onChange({ warehouseId: event.target.value === '' ? null : Number(event.target.value) })
        }
        sx={{ minWidth: 180, width: CONTROL_WIDTH }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{translate('kontor.kpis.warehouse.all')}</MenuItem>
        {warehouses.map((warehouse) => (
          <MenuItem key={warehouse.id} value={String(warehouse.id)}>
            {warehouse.code} · {warehouse.name}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};
