import type { IndexFileColumns } from "./index-columns";

// Columns of one table have one length, counts add up, positions fall inside their table:
// without that the columns cannot be read back as records.
export function columnProblems(
  file: IndexFileColumns,
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const lengths = (table: "events" | "sources" | "articles", expected: number) => {
    for (const [name, values] of Object.entries(file[table]))
      if (values.length !== expected)
        problems.push({
          path: [table, name],
          message: `has ${values.length} values; expected ${expected}`,
        });
  };
  lengths("events", file.events.id.length);
  lengths("articles", file.articles.id.length);
  lengths(
    "sources",
    file.events.sources.reduce((sum, n) => sum + n, 0),
  );
  const outside =
    (table: "events" | "sources", name: string, size: number, what: string) =>
    (values: number[], at: number) => {
      for (const value of values)
        if (value >= size)
          problems.push({ path: [table, name, at], message: `unknown ${what} position ${value}` });
    };
  file.events.participants.forEach(
    outside("events", "participants", file.entities.length, "entity"),
  );
  file.events.entities.forEach(outside("events", "entities", file.entities.length, "entity"));
  outside("sources", "articleId", file.articles.id.length, "article")(file.sources.articleId, 0);
  return problems;
}
