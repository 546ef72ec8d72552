/** A typed array of the same kind, twice as long (or `min`, if longer), holding `a`'s elements: for the build's tables that fill as they go. */
export function grown<T extends Uint16Array | Uint32Array | Int32Array | Float64Array>(a: T, min = 0): T {
  const next = new (a.constructor as new (length: number) => T)(Math.max(a.length * 2, min));
  next.set(a);
  return next;
}
