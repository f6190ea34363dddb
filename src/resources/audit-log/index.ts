import HistoryIcon from '@mui/icons-material/History';
import { lazy } from 'react';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';

export const auditLog: ResourceDefinition = {
  name: 'audit-log',
  group: 'admin',
  icon: HistoryIcon,
  list: guarded(
    lazy(() => import('./AuditLogList')),
    'list',
  ),
};
