/** A module fetched on first use, once per page. */
export interface LazyModule<T> {
  /** The module, fetching it if need be; a failed fetch is tried again on the next call. */
  load(): Promise<T>;
  /** The module once it has arrived, so later elements start with it at once. */
  readonly loaded: T | undefined;
  /** True once it was asked for (and has not failed since): it is here or on its way. */
  readonly requested: boolean;
}

/**
 * The one recipe for an element's lazy half (the player's engine, the transcript's
 * implementation): the element keeps its public API and a light first render; the half is a
 * module of its own, fetched when first needed through a `LazyModule`, and talks to the element
 * only through a typed contract module that both import for types.
 */
export function lazyModule<T>(fetch: () => Promise<T>): LazyModule<T> {
  let pending: Promise<T> | undefined;
  const lazy = {
    loaded: undefined as T | undefined,
    get requested(): boolean {
      return pending !== undefined;
    },
    load(): Promise<T> {
      pending ??= fetch().then(
        (module) => (lazy.loaded = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
  return lazy;
}
