/**
 * The role matrix over every endpoint of the contract, without changing
 * anything: reads as they are; writes with a body the contract refuses (an
 * unknown field) or an id that does not exist. A role the matrix refuses
 * hears 403; a role it allows hears anything but 401 or 403.
 */
import { ROUTES, ROUTE_IDS, pathOf, type Route } from '../../../src/domain/contract/routes';
import { can, ROLES } from '../../../src/domain/permissions';
import { fail, type Check } from '../context';

const NO_SUCH_ID = 999999999;

function allowed(route: Route, role: (typeof ROLES)[number]): boolean {
  const { access } = route;
  if (access.kind !== 'permission') return true;
  return [access.action, ...(access.alsoNeeds ?? [])].every((action) => can(role, action, access.resource));
}

export const matrixChecks: Check[] = ROLES.map((role) => ({
  name: `${role}: 403 on every endpoint the role matrix refuses, and only there`,
  async run(ctx) {
    if (!ctx.credentials[role]) fail(`no credentials for ${role} (pass --${role} user:password)`);
    const wrong: string[] = [];
    for (const id of ROUTE_IDS) {
      const route = ROUTES[id];
      if (route.access.kind === 'public' || id === 'logout') continue;
      const path = pathOf(route, { id: NO_SUCH_ID });
      const write = route.method !== 'GET';
      const reply = await ctx.as(
        role,
        route.method,
        path,
        write && route.method !== 'DELETE' ? { body: { conformanceProbe: ctx.tag } } : {},
      );
      const may = allowed(route, role);
      if (may && (reply.status === 401 || reply.status === 403 || reply.status >= 500))
        wrong.push(`${route.method} ${route.path} → ${reply.status}, expected it allowed`);
      if (!may && reply.status !== 403)
        wrong.push(`${route.method} ${route.path} → ${reply.status}, expected 403`);
      if (may && write && reply.status < 300)
        wrong.push(`${route.method} ${route.path} accepted a probe it should refuse (${reply.status})`);
    }
    if (wrong.length > 0) fail(`${wrong.length} endpoints: ${wrong.slice(0, 6).join('; ')}`);
  },
}));
