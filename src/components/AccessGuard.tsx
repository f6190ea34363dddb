import type { ComponentType, ReactNode } from 'react';
import { useCanAccess, useRequireAccess, useResourceContext } from 'react-admin';

export type GuardedAction = 'list' | 'show' | 'edit' | 'create';

interface AccessGuardProps {
  action: GuardedAction;
  children: ReactNode;
}

/**
 * Renders a resource view only once the role may open it, and sends everyone
 * else to the access-denied page. react-admin's own controllers redirect too,
 * but only after their first request went out, so a forbidden URL showed the
 * API's 403 as an error toast on top of the access-denied page.
 */
export const AccessGuard = ({ action, children }: AccessGuardProps) => {
  const resource = useResourceContext();
  // Both hooks read the same cached canAccess query: one redirects, the other tells us the verdict.
  useRequireAccess({ resource, action });
  const { canAccess, isPending } = useCanAccess({ resource, action });
  return isPending || !canAccess ? null : <>{children}</>;
};

/** A resource view behind an AccessGuard, for a ResourceDefinition's list/show/edit/create. */
export function guarded(View: ComponentType, action: GuardedAction): ComponentType {
  const Guarded = () => (
    <AccessGuard action={action}>
      <View />
    </AccessGuard>
  );
  Guarded.displayName = `Guarded${action[0]!.toUpperCase()}${action.slice(1)}`;
  return Guarded;
}
