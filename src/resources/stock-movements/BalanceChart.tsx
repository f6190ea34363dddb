/** Loaded on demand: recharts is large and only the history needs it. */
import { useTheme } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormatDate } from '../../components/LocalDateField';

export interface BalancePoint {
  /** Epoch milliseconds. */
  at: number;
  balance: number;
}

/** On hand after each movement, as steps: stock stays put between movements. */
const BalanceChart = ({ points }: { points: readonly BalancePoint[] }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDate = useFormatDate();
  const axis = { stroke: theme.palette.text.secondary, fontSize: 12 };
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={points as BalancePoint[]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={theme.palette.divider} strokeDasharray="3 3" />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(at: number) =>
            new Date(at).toLocaleDateString(locale, { day: 'numeric', month: 'short' })
          }
          tick={axis}
          stroke={theme.palette.divider}
        />
        <YAxis allowDecimals={false} width={44} tick={axis} stroke={theme.palette.divider} />
        <Tooltip
          labelFormatter={(at) => formatDate(new Date(Number(at)).toISOString())}
          contentStyle={{
            background: theme.palette.background.paper,
            borderColor: theme.palette.divider,
            color: theme.palette.text.primary,
          }}
        />
        <Line
          type="stepAfter"
          dataKey="balance"
          name={translate('resources.stock-movements.fields.balanceAfter')}
          stroke={theme.palette.primary.main}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
};

export default BalanceChart;
