// The optional editor's file (editor.json in the input folder): facts the articles lack,
// such as a publication date. Validated strictly; every error names the file and line.

import * as z from "zod";
import { parsePartialDate } from "../shared/dates";
import { InputError } from "./build/input-error";
import { positionAt, offsetOfPath, parseErrorOffset, valueAfterKey } from "./editor/json-positions";

export const EDITOR_FILE_NAME = "editor.json";
// About 130 bytes per article for a million articles: far beyond any editor's own work.
export const MAX_EDITOR_BYTES = 128 * 1024 * 1024;
// Keys that would reach an object's prototype if they were ever copied with assignment.
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((v) => parsePartialDate(v) !== null, "not a real calendar date")
  // Years before 1000 do not survive date arithmetic (JavaScript reads 0001 as 1901).
  .refine((v) => Number(v.slice(0, 4)) >= 1000, "the year must be between 1000 and 9999");

export const editorEntrySchema = z.strictObject({
  published: isoDay.optional(),
  source: z.string().trim().min(1).optional(),
  title: z.string().trim().min(1).optional(),
  note: z.string().optional(),
});

export const editorFileSchema = z.strictObject({
  version: z.literal(1),
  // The corpus's name, shown as the dashboard's title and heading.
  title: z.string().trim().min(1).max(200).optional(),
  articles: z.record(z.string(), editorEntrySchema),
});

export type EditorEntry = z.infer<typeof editorEntrySchema>;
export type EditorFile = z.infer<typeof editorFileSchema>;

/**
 * Parses and checks the editor's file against the article file names in the folder (null:
 * not known here, as in a map step that sees only some of the articles).
 */
export function parseEditorFile(
  text: string,
  fileName: string,
  articleFiles: readonly string[] | null,
): EditorFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(
      fileName,
      `not valid JSON (${message})`,
      ...positionAt(text, parseErrorOffset(message, text)),
    );
  }
  const forbidden = prototypeKeyPath(raw, []);
  if (forbidden) {
    const key = String(forbidden[forbidden.length - 1]);
    throw new InputError(
      fileName,
      `the key "${key}" is not allowed (it names a JavaScript object's prototype)`,
      ...positionAt(text, offsetOfPath(text, forbidden)),
    );
  }
  const result = editorFileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path ?? [];
    // An unknown key is pointed at itself; any other problem at the offending value.
    const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined;
    const at =
      unknownKey === undefined
        ? valueAfterKey(text, offsetOfPath(text, path))
        : offsetOfPath(text, [...path, unknownKey]);
    const where = path.length === 0 ? "" : ` at ${path.map(String).join(".")}`;
    const position = positionAt(text, at);
    throw new InputError(fileName, `${issue?.message ?? "invalid"}${where}`, ...position);
  }
  if (articleFiles === null) return result.data;
  const known = new Set(articleFiles);
  for (const name of Object.keys(result.data.articles)) {
    if (!known.has(name)) {
      const position = positionAt(text, offsetOfPath(text, ["articles", name]));
      throw new InputError(
        fileName,
        `unknown article "${name}" (no such .txt file in the folder)`,
        ...position,
      );
    }
  }
  return result.data;
}

/** Path of the first key anywhere in `value` that names an object's prototype. */
function prototypeKeyPath(value: unknown, path: string[]): string[] | null {
  if (typeof value !== "object" || value === null) return null;
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key)) return [...path, key];
    const inner = prototypeKeyPath((value as Record<string, unknown>)[key], [...path, key]);
    if (inner) return inner;
  }
  return null;
}
