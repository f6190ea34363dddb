import ArrowRightAltIcon from '@mui/icons-material/ArrowRightAlt';
import { Box, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { useFormatDate } from '../../components/LocalDateField';
import { StatusChip } from '../../components/StatusChip';
import { UserField } from '../../components/UserField';
import type { Order } from '../../domain/types';

/** Status changes, newest first, with who made them and why. */
export const OrderTimeline = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const formatDate = useFormatDate();
  if (!order) return null;
  if (order.timeline.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('kontor.orders.noTimeline')}
      </Typography>
    );
  }
  const events = [...order.timeline].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <List dense disablePadding>
      {events.map((event) => (
        <RecordContextProvider key={`${event.at}-${event.to}`} value={{ id: event.at, ...event }}>
          <ListItem disableGutters alignItems="flex-start">
            <ListItemText
              disableTypography
              primary={
                <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  {event.from && <StatusChip kind="order" value={event.from} />}
                  {event.from && <ArrowRightAltIcon fontSize="small" aria-hidden />}
                  <StatusChip kind="order" value={event.to} />
                </Stack>
              }
              secondary={
                <Box sx={{ mt: 0.5 }}>
                  <Typography variant="caption" color="text.secondary" component="div">
                    {formatDate(event.at)} · <UserField source="userId" />
                  </Typography>
                  {(event.code || event.reason) && (
                    <Typography variant="body2" component="div">
                      {/* What the system recorded reads in the viewer's language; what a person wrote, as written. */}
                      {event.code ? translate(`domain.${event.code}`, event.params ?? {}) : event.reason}
                    </Typography>
                  )}
                </Box>
              }
            />
          </ListItem>
        </RecordContextProvider>
      ))}
    </List>
  );
};
