/** The audit log: readable by admins and managers, written only by the server. */
import { defineResource } from '../rest/rules';

defineResource({ name: 'audit-log' });
