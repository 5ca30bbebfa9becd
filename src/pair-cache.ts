/**
 * A value worked out once per pair of keys: the first held weakly (a language
 * context or an analyser, which outlive every question), the second a record
 * or a name of it. For per-record terms the reading and the answers need on
 * every question, instead of re-tokenising the same text each time.
 */
export class PairCache<First extends object, Second, Value> {
  readonly #byFirst = new WeakMap<First, Map<Second, Value>>();

  get(first: First, second: Second, make: () => Value): Value {
    let bySecond = this.#byFirst.get(first);
    if (bySecond === undefined) {
      bySecond = new Map();
      this.#byFirst.set(first, bySecond);
    }
    let value = bySecond.get(second);
    if (value === undefined) {
      value = make();
      bySecond.set(second, value);
    }
    return value;
  }
}
