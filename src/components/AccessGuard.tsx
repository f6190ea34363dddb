import type { ComponentType, ReactNode } from 'react';
import { useCanAccess, useRequireAccess, useResourceContext } from 'react-admin';

export type GuardedAction = 'list' | 'show' | 'edit' | 'create';

interface AccessGuardProps {
  action: GuardedAction;
  /** The collection the right is about; the page's own resource when left out. */
  resource?: string;
  children: ReactNode;
}

/**
 * Renders a resource view only once the role may open it, and sends everyone
 * else to the access-denied page. react-admin's own controllers redirect too,
 * but only after their first request went out, so a forbidden URL showed the
 * API's 403 as an error toast on top of the access-denied page.
 */
export const AccessGuard = ({ action, resource: about, children }: AccessGuardProps) => {
  const here = useResourceContext();
  const resource = about ?? here;
  // Both hooks read the same cached canAccess query: one redirects, the other tells us the verdict.
  useRequireAccess({ resource, action });
  const { canAccess, isPending } = useCanAccess({ resource, action });
  return isPending || !canAccess ? null : <>{children}</>;
};

/**
 * A resource view behind an AccessGuard, for a ResourceDefinition's list/show/edit/create
 * and its extra pages; `resource` when the right is about another collection.
 */
export function guarded(View: ComponentType, action: GuardedAction, resource?: string): ComponentType {
  const Guarded = () => (
    <AccessGuard action={action} resource={resource}>
      <View />
    </AccessGuard>
  );
  Guarded.displayName = `Guarded${action[0]!.toUpperCase()}${action.slice(1)}`;
  return Guarded;
}
