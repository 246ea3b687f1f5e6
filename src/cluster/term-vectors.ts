// Word-keyed vectors (terms, name words, 4-grams) as parallel arrays of interned word ids and weights in the map's
// iteration order. A dot product marks the smaller side's slots in a dense array by word id and gathers the other
// side's weights into them: no string hashing, and the products are summed in the order analyze's `dot` sums them (over the smaller side, in its
// order), so the result is the same bits the features were calibrated with.

/**
 * Word → a small integer id. Ids only stand for string equality inside one dot product, so the table can start
 * over (`forgetTermIds`) when a stream has filled it with the words of stories long gone: every id array records
 * the table's epoch and is re-interned from its keys when it is next used.
 */
let termIds = new Map<string, number>();
let tableEpoch = 0;

export function termId(term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    id = termIds.size;
    termIds.set(term, id);
  }
  return id;
}

/** The id table's generation: id arrays built in another one are stale. */
export function termIdEpoch(): number {
  return tableEpoch;
}

/** How many words hold ids now. */
export function termIdCount(): number {
  return termIds.size;
}

/**
 * Starts the id table over once it holds more than `limit` words. Call it only between comparisons (ids are
 * compared within one dot product, never across a reset); the words still in use get new ids as they are used.
 */
export function forgetTermIds(limit: number): boolean {
  if (termIds.size <= limit) return false;
  termIds = new Map();
  tableEpoch++;
  slotsById = new Int32Array(INITIAL_DENSE);
  return true;
}

/** A vector's word ids (of the id table's `epoch`) and weights, in its iteration order (the first `size` entries). */
export type TermArrays = { readonly ids: Int32Array; readonly weights: Float64Array; readonly size: number; readonly epoch: number };

const INITIAL_CAPACITY = 16;

/**
 * A story's summed vector (term → weight): a map, and its entries as `TermArrays` kept current as members are
 * added, so story-side dot products need no rebuild after each join. Iterates in insertion order, as a Map does.
 * An article's vectors take the same form (`TermSums.of`): weights in a typed array instead of a number object
 * per map entry, and the key → slot map only built if something looks a key up.
 */
export class TermSums implements ReadonlyMap<string, number> {
  /** Key → slot, built on first lookup. */
  #slots: Map<string, number> | null = null;
  #keys: string[] = [];
  ids: Int32Array;
  weights: Float64Array;
  /** The id table's epoch the ids belong to (see `currentIds`). */
  epoch = tableEpoch;
  /** Set for a vector that will not change (an article's, built by `of` or `fromArrays`): its dot products can be kept. */
  frozen = false;

  constructor(capacity = INITIAL_CAPACITY) {
    this.ids = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  /**
   * A vector that will not change (an article's), entry for entry in its order, with the same weights; `ids` are
   * its keys' word ids in that order when the caller already knows them.
   */
  static of(vector: ReadonlyMap<string, number>, ids?: Int32Array): TermSums {
    const frozen = new TermSums(Math.max(1, vector.size));
    let k = 0;
    vector.forEach((weight, key) => {
      frozen.#append(key, ids === undefined ? termId(key) : ids[k]!, weight);
      k++;
    });
    frozen.frozen = true;
    return frozen;
  }

  /**
   * A vector that will not change, taking `keys` and typed arrays of their word ids and weights (as long as `keys`,
   * or at least 1) as its own: built where the caller sums the weights, with no copy entry by entry.
   */
  static adopt(keys: string[], ids: Int32Array, weights: Float64Array): TermSums {
    const frozen = new TermSums(0);
    frozen.#keys = keys;
    frozen.ids = ids;
    frozen.weights = weights;
    frozen.frozen = true;
    return frozen;
  }

  /** A vector that will not change, from its keys, their word ids and weights, in its order. */
  static fromArrays(keys: readonly string[], ids: readonly number[], weights: readonly number[]): TermSums {
    const frozen = new TermSums(Math.max(1, keys.length));
    for (let k = 0; k < keys.length; k++) frozen.#append(keys[k]!, ids[k]!, weights[k]!);
    frozen.frozen = true;
    return frozen;
  }

  get size(): number {
    return this.#keys.length;
  }

  #lookup(): Map<string, number> {
    if (this.#slots === null) {
      const slots = new Map<string, number>();
      for (let k = 0; k < this.#keys.length; k++) slots.set(this.#keys[k]!, k);
      this.#slots = slots;
    }
    return this.#slots;
  }

  get(key: string): number | undefined {
    const slot = this.#lookup().get(key);
    return slot === undefined ? undefined : this.weights[slot];
  }

  has(key: string): boolean {
    return this.#lookup().has(key);
  }

  /**
   * Visits each entry of `this` (in its order) that `other` holds too, with other's weight: matched by word id in the
   * dense slot array, where `other.get` by string built a map of the other's keys after each of its prunes.
   */
  forEachShared(other: TermSums, visit: (key: string, weight: number, otherWeight: number) => void): void {
    this.currentIds();
    other.currentIds();
    if (slotsById.length < termIds.size) slotsById = new Int32Array(Math.max(termIds.size, slotsById.length * 2));
    const slots = slotsById;
    for (let k = 0; k < other.size; k++) slots[other.ids[k]!] = k + 1;
    const shared: number[] = [];
    for (let k = 0; k < this.size; k++) if (slots[this.ids[k]!]! > 0) shared.push(k);
    const otherSlots = shared.map((k) => slots[this.ids[k]!]! - 1);
    for (let k = 0; k < other.size; k++) slots[other.ids[k]!] = 0;
    // Visited once the slots are clear: a visit may add to sums, which uses them too.
    shared.forEach((k, n) => visit(this.#keys[k]!, this.weights[k]!, other.weights[otherSlots[n]!]!));
  }

  /** Re-interns the keys after the id table started over (ids of a stale epoch name other words now). */
  currentIds(): this {
    if (this.epoch !== tableEpoch) {
      for (let k = 0; k < this.#keys.length; k++) this.ids[k] = termId(this.#keys[k]!);
      this.epoch = tableEpoch;
    }
    return this;
  }

  /** Adds `weight` to the key's sum (a new key is appended, starting from 0 as `(map.get(key) ?? 0) + weight` did). */
  add(key: string, weight: number): void {
    const slot = this.#lookup().get(key);
    if (slot !== undefined) this.weights[slot] = this.weights[slot]! + weight;
    else this.currentIds().#append(key, termId(key), 0 + weight);
  }

  /** Adds every entry of `vector`, in its iteration order. */
  addAll(vector: ReadonlyMap<string, number>): void {
    if (!(vector instanceof TermSums)) {
      vector.forEach((weight, key) => this.add(key, weight));
      return;
    }
    // Another TermSums (an article's vector, a story absorbed): its new keys bring their word ids along, and its keys
    // are found by word id (one id is one word) in a dense array of slots instead of by string in a map.
    const other = vector.currentIds();
    this.currentIds();
    if (slotsById.length < termIds.size) slotsById = new Int32Array(Math.max(termIds.size, slotsById.length * 2));
    const slots = slotsById;
    for (let k = 0; k < this.size; k++) slots[this.ids[k]!] = k + 1;
    for (let k = 0; k < other.#keys.length; k++) {
      const id = other.ids[k]!;
      const slot = slots[id]! - 1;
      if (slot >= 0) this.weights[slot] = this.weights[slot]! + other.weights[k]!;
      else {
        this.#append(other.#keys[k]!, id, 0 + other.weights[k]!);
        slots[id] = this.size;
      }
    }
    for (let k = 0; k < this.size; k++) slots[this.ids[k]!] = 0;
  }

  /** Keeps the `keep` heaviest entries (ties by key), heaviest first, as the story's maps were pruned. */
  keepStrongest(keep: number): void {
    this.currentIds();
    const keys = this.#keys;
    const slots = Array.from(keys, (_, slot) => slot)
      .sort((x, y) => this.weights[y]! - this.weights[x]! || (keys[x]! < keys[y]! ? -1 : 1))
      .slice(0, keep);
    const ids = slots.map((slot) => this.ids[slot]!);
    const weights = slots.map((slot) => this.weights[slot]!);
    this.#slots = null;
    this.#keys = [];
    slots.forEach((slot, k) => this.#append(keys[slot]!, ids[k]!, weights[k]!));
  }

  #append(key: string, id: number, weight: number): void {
    const at = this.#keys.length;
    if (at === this.ids.length) this.#grow();
    this.#slots?.set(key, at);
    this.#keys.push(key);
    this.ids[at] = id;
    this.weights[at] = weight;
  }

  #grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    const weights = new Float64Array(this.weights.length * 2);
    ids.set(this.ids);
    weights.set(this.weights);
    this.ids = ids;
    this.weights = weights;
  }

  *entries(): MapIterator<[string, number]> {
    for (let k = 0; k < this.#keys.length; k++) yield [this.#keys[k]!, this.weights[k]!];
  }

  keys(): MapIterator<string> {
    return this.#keys.values();
  }

  *values(): MapIterator<number> {
    for (let k = 0; k < this.#keys.length; k++) yield this.weights[k]!;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(visit: (weight: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (let k = 0; k < this.#keys.length; k++) visit(this.weights[k]!, this.#keys[k]!, this);
  }
}

/** Arrays of plain maps compared as they are (vectors built outside the clusterer), built on first use. */
const built = new WeakMap<ReadonlyMap<string, number>, TermArrays>();

function arraysOf(vector: ReadonlyMap<string, number>): TermArrays {
  if (vector instanceof TermSums) return vector.currentIds();
  let arrays = built.get(vector);
  if (arrays === undefined || arrays.epoch !== tableEpoch) {
    const ids = new Int32Array(vector.size);
    const weights = new Float64Array(vector.size);
    let k = 0;
    for (const [key, weight] of vector) {
      ids[k] = termId(key);
      weights[k++] = weight;
    }
    arrays = { ids, weights, size: k, epoch: tableEpoch };
    built.set(vector, arrays);
  }
  return arrays;
}

const INITIAL_DENSE = 1 << 16;
/**
 * Slot (plus one) by word id of the vector being matched against another (the sums being added to, the smaller side
 * of a dot product); all zero between uses.
 */
let slotsById = new Int32Array(INITIAL_DENSE);
/** The larger side's weights gathered into the smaller side's slots during a dot product (0 where it lacks the word). */
let gathered = new Float64Array(1024);

/**
 * `dot(a, b)` of analyze, bit for bit: over the smaller vector (a on ties) in its order, each weight times the other
 * side's. A word the other side lacks adds +0, which leaves a sum of positive weights unchanged.
 *
 * The smaller side is marked by word id and the larger side's weights gathered into its slots, where scattering the
 * larger side into a dense array of weights and clearing it again wrote twice per entry of the larger side (a story's
 * sums of hundreds of words), at random places in an array of megabytes. The products and their order are the same.
 */
export function termDot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const aSmaller = a.size <= b.size;
  const small = arraysOf(aSmaller ? a : b);
  const large = arraysOf(aSmaller ? b : a);
  if (small.size === 0) return 0;
  if (slotsById.length < termIds.size) slotsById = new Int32Array(Math.max(termIds.size, slotsById.length * 2));
  if (gathered.length < small.size) gathered = new Float64Array(small.size * 2);
  const slots = slotsById;
  const other = gathered;
  const { ids: smallIds, weights: smallWeights } = small;
  for (let k = 0; k < small.size; k++) {
    slots[smallIds[k]!] = k + 1;
    other[k] = 0;
  }
  const { ids: largeIds, weights: largeWeights } = large;
  for (let k = 0; k < large.size; k++) {
    const slot = slots[largeIds[k]!]!;
    if (slot > 0) other[slot - 1] = largeWeights[k]!;
  }
  let sum = 0;
  for (let k = 0; k < small.size; k++) {
    slots[smallIds[k]!] = 0;
    sum += smallWeights[k]! * other[k]!;
  }
  return sum;
}
