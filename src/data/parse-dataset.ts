import {
  DATASET_VERSION,
  articleBodySchema,
  bodyProblems,
  indexFileSchema,
  fullTextSchema,
  joinQuoteFiles,
  quotesFileSchema,
  quotesOfIndex,
  type Article,
  type ArticleBody,
  type Dataset,
  type EventQuotes,
} from "../shared/schema";
import { DatasetError } from "./dataset-error";
import type * as z from "zod";

/** Validates the loaded index against the contract; the version is checked first for a clearer message. */
export function parseDataset(json: unknown): Dataset {
  const version =
    typeof json === "object" && json !== null && "version" in json ? json.version : undefined;
  if (version !== DATASET_VERSION)
    throw new DatasetError(
      "version",
      `The file has version ${JSON.stringify(version ?? null)}; this dashboard reads version ${DATASET_VERSION}. Rebuild the data with "npm run build:data".`,
    );
  return parsed(indexFileSchema.safeParse(json), "The file");
}

/** One article's body, checked against the index entry that named it. */
export function parseArticleBody(
  json: unknown,
  article: Article,
  entityIds: ReadonlySet<string>,
): ArticleBody {
  const body = parsed(articleBodySchema.safeParse(json), `The text file of "${article.title}"`);
  const problems = bodyProblems(body, article, entityIds);
  if (problems.length > 0)
    throw new DatasetError(
      "invalid",
      `The text file of "${article.title}" does not belong to this dataset (${problems[0]}). Rebuild the data with "npm run build:data".`,
    );
  return body;
}

/** The sources' quotes (the index's quotes files, in its order), checked against that index. */
export function parseQuotes(files: readonly unknown[], dataset: Dataset): EventQuotes {
  const quotes = quotesOfIndex(
    joinQuoteFiles(
      files.map((json) => parsed(quotesFileSchema.safeParse(json), "The quotes file")),
    ),
    dataset.events,
  );
  if (typeof quotes === "string")
    throw new DatasetError(
      "invalid",
      `The quotes file does not belong to this dataset (${quotes}). Rebuild the data with "npm run build:data".`,
    );
  return quotes;
}

/** Every article's title and text (the index's full-text files), by article id, for full-text search. */
export function parseFullText(files: readonly unknown[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const json of files)
    for (const a of parsed(fullTextSchema.safeParse(json), "The full-text file").articles)
      texts.set(a.id, a.text);
  return texts;
}

function parsed<T>(result: z.ZodSafeParseResult<T>, what: string): T {
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const where = first ? `${first.path.join(".")}: ${first.message}` : "unknown problem";
  throw new DatasetError(
    "invalid",
    `${what} does not match the dataset contract (${result.error.issues.length} problem(s); first at ${where}).`,
  );
}
