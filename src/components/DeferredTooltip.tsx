/**
 * MUI's Tooltip, loaded once the page is idle: it brings Popper (about 13 KB
 * gzip), which the login page would otherwise download before it can show
 * anything. Until then the child carries the text as its native `title`.
 */
import { cloneElement, lazy, Suspense, useEffect, useState, type ReactElement } from 'react';

const Tooltip = lazy(() => import('@mui/material/Tooltip'));

interface DeferredTooltipProps {
  title: string;
  /** One element that can hold a ref and a `title`, as MUI's Tooltip requires. */
  children: ReactElement<{ title?: string }>;
}

export function DeferredTooltip({ title, children }: DeferredTooltipProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!('requestIdleCallback' in window)) {
      const timer = setTimeout(() => setReady(true), 1000);
      return () => clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(() => setReady(true), { timeout: 3000 });
    return () => window.cancelIdleCallback(idle);
  }, []);
  const plain = cloneElement(children, { title });
  if (!ready) return plain;
  return (
    <Suspense fallback={plain}>
      <Tooltip title={title}>{children}</Tooltip>
    </Suspense>
  );
}
