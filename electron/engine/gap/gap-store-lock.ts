/**
 * Runs the gap handlers of one engine one after another. They keep workbench_meta.user_targets
 * and main.targets in step (delete + insert); two of them interleaving on separate connections
 * would make DuckDB abort one with a transaction conflict.
 */
const tails = new WeakMap<object, Promise<unknown>>();

export function serializedFor<T>(owner: object, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(owner) ?? Promise.resolve();
  const run = previous.then(work, work);
  tails.set(
    owner,
    run.catch(() => undefined),
  );
  return run;
}
