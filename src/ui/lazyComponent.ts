// A component loaded on demand. Unlike React.lazy, once its chunk has arrived it renders at once
// (no fallback frame), so prefetched steps appear instantly and tests that preload stay
// synchronous. Until then it suspends and the nearest <Suspense> shows a fallback.
import { type ComponentType, createElement, use } from 'react';

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () => {
    pending ??= load().then((component) => {
      loaded = component;
    });
    return pending;
  };
  // A factory on purpose: each call makes one module-level component, never one per render.
  // biome-ignore lint/correctness/noComponentHookFactories: created once per lazily loaded module
  function Lazy(props: P) {
    if (!loaded) use(preload());
    return createElement(loaded!, props);
  }
  return { Component: Lazy, preload };
}
