import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  articleColumnsSchema,
  dateBases,
  eventColumnsSchema,
  eventStatuses,
  eventTypes,
  fastColumn,
  precisions,
  publishedFromValues,
  quotesFileSchema,
  sourceColumnsSchema,
} from "../../src/shared/schema";

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

describe("columns checked in one pass", () => {
  const position = z.number().int().nonnegative();
  const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
  const positions = fastColumn(position, (v) => Number.isSafeInteger(v) && (v as number) >= 0, {
    type: "integer",
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
  });

  it("accept what the plain zod column accepts, unchanged", () => {
    expect(positions.parse([0, 3, 7])).toEqual([0, 3, 7]);
    expect(positions.parse([])).toEqual([]);
  });

  it("refuse what it refuses, with the same problems at the same places", () => {
    for (const bad of [[0, -1, 2], [1.5], ["3"], "0,1", null, [0, Number.MAX_SAFE_INTEGER + 2]]) {
      const fast = positions.safeParse(bad);
      const plain = z.array(position).safeParse(bad);
      expect(fast.success, JSON.stringify(bad)).toBe(false);
      expect(fast.error?.issues.map((i) => [i.path, i.message])).toEqual(
        plain.error?.issues.map((i) => [i.path, i.message]),
      );
    }
  });

  it("describe each fast column of the index exactly as its plain zod array (the published JSON Schema)", () => {
    // What each column stood for before it was given a one-pass check.
    const quoteColumns = quotesFileSchema.shape.sources;
    const plain = {
      events: eventColumnsSchema.shape,
      sources: sourceColumnsSchema.shape,
      articles: articleColumnsSchema.shape,
      quotes: quoteColumns.shape,
    };
    const schemaFile = jsonSchema(
      z.object({
        events: eventColumnsSchema,
        sources: sourceColumnsSchema,
        articles: articleColumnsSchema,
        quotes: quoteColumns,
      }),
    );
    const properties = (
      schemaFile as { properties: Record<string, { properties: Record<string, unknown> }> }
    ).properties;
    const expected: Record<string, Record<string, z.ZodType>> = {
      events: {
        // null where the id is the event's date and title slug (version 5)
        id: z.string().min(1).nullable(),
        title: z.string().min(1),
        type: z.enum(eventTypes),
        precision: z.enum(precisions),
        status: z.enum(eventStatuses),
        start: z
          .string()
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
          .nullable(),
        location: z.string().nullable(),
        participants: z.array(position),
        entities: z.array(position),
        sources: z.number().int().min(1),
        dateText: z.string().nullable(),
        end: isoDay.nullable(),
        dateBasis: z.enum(dateBases).nullable(),
      },
      sources: { articleId: position, paragraph: position },
      articles: {
        id: z.string().min(1),
        file: z.string().min(1),
        title: z.string(),
        published: isoDay.nullable(),
        publishedFrom: z.enum(publishedFromValues).nullable(),
        source: z.string().nullable(),
        dateline: z.string().nullable(),
        warnings: z.array(z.string()),
        body: z.string().regex(/^[\w-]+(?:\.[\w-]+)*(?:\/[\w-]+(?:\.[\w-]+)*)*$/),
        paragraphCount: position,
      },
      quotes: { quote: z.string(), start: position.nullable(), end: position.nullable() },
    };
    for (const [table, columns] of Object.entries(expected))
      for (const [name, value] of Object.entries(columns)) {
        expect(Object.keys(plain[table as keyof typeof plain])).toContain(name);
        const want = jsonSchema(z.array(value)) as Record<string, unknown>;
        delete want.$schema;
        const got = properties[table]?.properties[name] as Record<string, unknown>;
        // The regex's message is not part of the JSON Schema; its pattern is.
        expect(got, `${table}.${name}`).toEqual(want);
      }
  });
});

describe("the article and event columns given a one-pass check", () => {
  it("refuse a bad value with zod's own problem at its place", () => {
    const articles = articleColumnsSchema.shape;
    const bad: [z.ZodType, unknown[], (string | number)[]][] = [
      [articles.published, ["2020-01-02", "2020-1-2"], [1]],
      [articles.body, ["articles/a.json", "../etc/passwd"], [1]],
      [articles.publishedFrom, [null, "guessed"], [1]],
      [articles.warnings, [[], ["ok", 3]], [1, 1]],
      [eventColumnsSchema.shape.dateBasis, ["stated", "rumour"], [1]],
      [eventColumnsSchema.shape.end, [null, "May 2020"], [1]],
    ];
    for (const [column, values, path] of bad) {
      const result = column.safeParse(values);
      expect(result.success, JSON.stringify(values)).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(path);
    }
  });
});
