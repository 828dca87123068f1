// Values the reduce state keeps by key, each read from its own JSON text only when a build
// asks for it: a rebuild after one changed article touches a few dozen of the tens of thousands
// of parts and keys the state holds, and writes the others' text back as it was read.

/** A kept value whose JSON is not what the state expects: the state is not used at all. */
export class UnreadableState extends Error {
  constructor(what: string) {
    super(`reduce state: unreadable ${what}`);
    this.name = "UnreadableState";
  }
}

type Entry<T> = { json?: string; value?: T };

export class KeptLines<T> {
  private readonly entries = new Map<string, Entry<T>>();

  /** `valid`: whether parsed JSON has the shape of a T (checked when first asked for). */
  constructor(private readonly valid: (value: unknown) => value is T) {}

  /** A value as its JSON text, parsed when first asked for. */
  setJson(key: string, json: string): void {
    this.entries.set(key, { json });
  }

  set(key: string, value: T): void {
    this.entries.set(key, { value });
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.value === undefined) {
      let value: unknown;
      try {
        value = JSON.parse(entry.json ?? "");
      } catch {
        throw new UnreadableState(key);
      }
      if (!this.valid(value)) throw new UnreadableState(key);
      entry.value = value;
    }
    return entry.value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Each key's JSON: the text it was read from while its value was only read, never set. */
  *lines(): Generator<[string, string]> {
    for (const [key, entry] of this.entries) yield [key, entry.json ?? JSON.stringify(entry.value)];
  }
}

export const isNumbers = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => typeof n === "number");

export const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === "string");
