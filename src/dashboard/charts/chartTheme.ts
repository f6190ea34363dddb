/** Chart colours and text from the MUI theme, so every chart reads in the light and the dark theme. */
import { useTheme } from '@mui/material/styles';
import type { CSSProperties } from 'react';
import type { ChipColor } from '../../components/statusColors';

export const CHART_HEIGHT = 260;

export function useChartTheme() {
  const theme = useTheme();
  const { palette } = theme;
  const paletteColour = (colour: ChipColor): string =>
    colour === 'default' ? palette.grey[palette.mode === 'dark' ? 500 : 600] : palette[colour].main;
  const tooltip: { contentStyle: CSSProperties; labelStyle: CSSProperties; itemStyle: CSSProperties } = {
    contentStyle: {
      background: palette.background.paper,
      border: `1px solid ${palette.divider}`,
      borderRadius: 8,
    },
    labelStyle: { color: palette.text.primary, fontWeight: 600 },
    itemStyle: { color: palette.text.primary },
  };
  return {
    current: palette.primary.main,
    comparison: palette.text.secondary,
    grid: palette.divider,
    tick: { fill: palette.text.secondary, fontSize: 12 },
    legend: { color: palette.text.primary, fontSize: 12 },
    tooltip,
    paletteColour,
  };
}
