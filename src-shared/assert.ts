/** Thrown when an internal invariant is broken: a bug, never user input. */
export class InvariantError extends Error {
  override name = 'InvariantError';
}

/** Assert an invariant with a message that says why it must hold. */
export function strictAssert(condition: unknown, why: string): asserts condition {
  if (!condition) throw new InvariantError(why);
}

/** Exhaustiveness check for discriminated unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new InvariantError(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
