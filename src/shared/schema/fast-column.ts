import * as z from "zod";

// The index's largest columns (tens of thousands of values at 10,000 articles) are checked in
// one plain pass: zod's per-value parse of them took about half of the first load's
// validation. Each is still the zod array it stands for: a column the pass does not accept
// is parsed value by value, so problems are reported exactly as before, and its JSON Schema is
// the array's (test/shared/fast-columns.test.ts holds both to the plain column).
export const isPosition = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
export const isText = (v: unknown) => typeof v === "string";
export const isNonEmptyText = (v: unknown) => typeof v === "string" && v.length > 0;
export const everyOf = (is: (v: unknown) => boolean) => (v: unknown) =>
  Array.isArray(v) && v.every(is);
export const oneOf = (values: readonly string[]) => {
  const set = new Set<unknown>(values);
  return (v: unknown) => set.has(v);
};
export const orNull = (is: (v: unknown) => boolean) => (v: unknown) => v === null || is(v);
export const matching = (pattern: RegExp) => (v: unknown) =>
  typeof v === "string" && pattern.test(v);
export const positionsJson = {
  type: "array",
  items: { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
};
export const textJson = { type: "string" };

export function fastColumn<T extends z.ZodType>(
  value: T,
  isValue: (v: unknown) => boolean,
  itemsJsonSchema: Record<string, unknown>,
) {
  const plain = z.array(value);
  return z
    .custom<z.output<typeof plain>>()
    .superRefine((input, ctx) => {
      if (Array.isArray(input) && input.every(isValue)) return;
      const result = plain.safeParse(input);
      if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue });
    })
    .meta({ type: "array", items: itemsJsonSchema });
}
