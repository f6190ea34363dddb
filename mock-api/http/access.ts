/** Role checks against the shared permission matrix; refusals name what the role lacks. */
import { can, type Action } from '../../src/domain/permissions';
import { DomainError, problem } from '../../src/domain/errors';
import { term } from '../../src/domain/messages';
import type { RequestContext } from './context';

export function authorize(ctx: RequestContext, action: Action, resource: string): void {
  const user = ctx.user;
  if (!user) throw new DomainError(401, problem('errors.unauthenticated'));
  if (!can(user.role, action, resource)) {
    throw new DomainError(
      403,
      problem('errors.forbidden', {
        role: term(`roles.${user.role}`),
        action: term(`actions.${action}`),
        resource: term(`collections.${resource}`),
      }),
    );
  }
}
