import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Link } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Shipment } from '../../domain/types';

/** The tracking number, linking to the carrier's public tracking page (the API builds it from Settings → Carriers). */
// `label` is read by DataTable headers; the value comes from the record.
export const TrackingNumberField = (_props: { label?: string }) => {
  const shipment = useRecordContext<Shipment & { trackingUrl?: string | null }>();
  const translate = useTranslate();
  if (!shipment?.trackingNumber) return null;
  const { carrier, trackingNumber, trackingUrl } = shipment;
  if (!trackingUrl) return <span>{trackingNumber}</span>;
  return (
    <Link
      href={trackingUrl}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={translate('kontor.shipments.track', { number: trackingNumber, carrier })}
      onClick={(event) => event.stopPropagation()}
      sx={{ fontFamily: 'monospace', display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
    >
      {trackingNumber}
      <OpenInNewIcon fontSize="inherit" aria-hidden />
    </Link>
  );
};
