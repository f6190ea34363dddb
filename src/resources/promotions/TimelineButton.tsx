import ViewTimelineIcon from '@mui/icons-material/ViewTimeline';
import { Button, Link } from 'react-admin';

/** Opens the promotions timeline (a page of its own under /promotions). */
export const TimelineButton = () => (
  <Button component={Link} to="/promotions/timeline" label="kontor.promotions.timeline.open">
    <ViewTimelineIcon />
  </Button>
);
