/**
 * A function made on its first call, from a module loaded then (`import()`). The Lambda bundle
 * still contains the module, but esbuild runs its module code (zod schemas, …) only when it is
 * first imported: a handler serving several campaign kinds builds at cold start none of the
 * kinds' schemas, and a function instance builds only those of the kinds it is asked for.
 */
export const onFirstUse = <A extends unknown[], R>(
  load: () => Promise<(...args: A) => Promise<R>>,
): ((...args: A) => Promise<R>) => {
  let made: Promise<(...args: A) => Promise<R>> | undefined;
  return async (...args) => {
    // A load that failed is tried again by the next call instead of failing every later one.
    made ??= load().catch((error: unknown) => {
      made = undefined;
      throw error;
    });
    return (await made)(...args);
  };
};
