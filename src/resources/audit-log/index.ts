import HistoryIcon from '@mui/icons-material/History';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('audit-log');

export const auditLog: ResourceDefinition = {
  name: 'audit-log',
  group: 'admin',
  icon: HistoryIcon,
  list: guarded(
    screen(() => import('./AuditLogList')),
    'list',
  ),
};
