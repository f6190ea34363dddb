/**
 * The authProvider's answers, put into react-admin's query cache before the
 * console renders. They come from the stored session and the permission
 * matrix without a request, yet react-admin asks for them asynchronously:
 * each answer pending costs the screen waiting for it one more render (the
 * list waits for "signed in?", then for "may list?", before it shows its
 * rows). react-admin still asks again as usual; the cached answer only saves
 * the wait.
 */
import { authProvider, mayAccess } from '../providers/authProvider';
import { queryClient } from '../providers/queryClient';
import { readSession } from '../providers/session';

const ACTIONS = ['list', 'show', 'create', 'edit', 'delete', 'export'] as const;

export async function seedAuthAnswers(resources: readonly string[]): Promise<void> {
  const user = readSession()?.user;
  if (!user) return;
  queryClient.setQueryData(['auth', 'checkAuth', {}], true);
  queryClient.setQueryData(['auth', 'getPermissions', {}], await authProvider.getPermissions?.({}));
  queryClient.setQueryData(['auth', 'getIdentity'], await authProvider.getIdentity?.());
  for (const resource of ['dashboard', ...resources]) {
    for (const action of ACTIONS) {
      queryClient.setQueryData(
        ['auth', 'canAccess', { action, resource }],
        mayAccess(user, resource, action),
      );
    }
  }
}
