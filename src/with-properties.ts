/**
 * `{ ...base, ...extra }` for code run on every answer, where `extra` adds
 * properties `base` lacks. In Node 20's V8 (11.3) an object spread followed by
 * a property the spread did not copy gives every result a hidden class of its
 * own, made in the old generation: the classes pile up until a full GC and
 * every scavenge promotes their property descriptors. `Object.assign` onto a
 * fresh object makes the same properties in the same order, in one shared
 * hidden class.
 */
export function withProperties<Base extends object, Extra extends object>(base: Base, extra: Extra): Omit<Base, keyof Extra> & Extra {
  return Object.assign({}, base, extra);
}
