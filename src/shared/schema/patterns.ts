import * as z from "zod";

// The patterns are exported beside their schemas: the index's fast columns test values against
// the pattern itself and write its source into the JSON Schema.
export const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;
export const isoDay = z.string().regex(isoDayPattern, "expected YYYY-MM-DD");
export const partialDatePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const partialDate = z
  .string()
  .regex(partialDatePattern, "expected YYYY, YYYY-MM or YYYY-MM-DD");

// A path inside the published folder, relative to the index: never absolute, never "..".
export const relativePathPattern = /^[\w-]+(?:\.[\w-]+)*(?:\/[\w-]+(?:\.[\w-]+)*)*$/;
export const relativePath = z.string().regex(relativePathPattern, "expected a relative path");
