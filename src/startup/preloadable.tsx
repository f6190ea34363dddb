/**
 * React.lazy with a way to load the code before it renders. A lazy component
 * rendered before its code has loaded shows its Suspense fallback, and React
 * then holds the content back a little longer (it throttles revealing), even
 * when the code was already on its way; one whose code was loaded first
 * renders straight away.
 */
import { lazy, useState, type ComponentType, type JSX } from 'react';

export type Preloadable<P extends object> = ((props: P) => JSX.Element) & {
  /** Loads the code (once); resolves when the component can render without suspending. */
  preload(): Promise<void>;
};

export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const loadOnce = () => {
    loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    });
    // A failed download may be tried again by the next render or preload.
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
  const Lazy = lazy(loadOnce);
  function PreloadableComponent(props: P) {
    // Chosen once per mount, so the component never switches type (and state) under the user.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(PreloadableComponent, {
    preload: () => loadOnce().then(() => undefined),
  });
}
