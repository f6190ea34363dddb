/**
 * `npm run conformance -- --url <api base> [--user admin --password …]
 * [--manager user:password] [--merchandiser …] [--warehouse …] [--only text]`
 *
 * Black-box checks of Kontor's REST contract against any backend. It creates
 * and changes only records of its own (named with the run's tag), so it can
 * run against a staging system. Without credentials it signs in as the demo
 * users (password kontor-demo). Exits 1 when a check fails.
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../src/domain/permissions';
import type { Credentials } from './context';
import { runConformance } from './run';

const DEMO_PASSWORD = 'kontor-demo';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    user: { type: 'string', default: 'admin' },
    password: { type: 'string', default: DEMO_PASSWORD },
    manager: { type: 'string' },
    merchandiser: { type: 'string' },
    warehouse: { type: 'string' },
    only: { type: 'string' },
  },
});

if (!values.url) {
  console.error(
    'Usage: npm run conformance -- --url http://127.0.0.1:3000/api [--user admin --password …] [--manager user:password] …',
  );
  process.exit(2);
}

function pair(text: string | undefined, role: Role): Credentials {
  if (!text) return { username: role, password: DEMO_PASSWORD };
  const at = text.indexOf(':');
  return at < 0
    ? { username: text, password: DEMO_PASSWORD }
    : { username: text.slice(0, at), password: text.slice(at + 1) };
}

const credentials: Partial<Record<Role, Credentials>> = {
  admin: { username: values.user!, password: values.password! },
};
for (const role of ROLES.filter((r) => r !== 'admin'))
  credentials[role] = pair(values[role as 'manager' | 'merchandiser' | 'warehouse'], role);

const { failed } = await runConformance({ url: values.url, credentials, only: values.only });
process.exit(failed > 0 ? 1 : 0);
