// A built dataset as the files version 5 publishes: the index, one body per article, the
// sources' quotes and the articles' text in parts (runs of rows, build/shard-rows.ts), and the
// JSON Schema. Every file but the index is named by a hash of its content (a full-text part by
// a hash of what its content is made of: its articles' ids, titles and body hashes), so a new
// build never overwrites a file an older index still points at, and one changed article
// changes its body, one full-text part and the quotes parts of its events. Pure, but for the
// sink a caller may give: bodies and full-text parts go there one by one as they are made,
// so a build can check and write each and let it go (all at once they were the largest part
// of a 10,000-article build's memory while writing).

import { createHash } from "node:crypto";
import { DATASET_VERSION } from "../../shared/schema";
import type {
  ArticleBody,
  BuiltDataset,
  FullText,
  IndexFile,
  QuotesFile,
} from "../../shared/schema";
import { indexFileOf } from "./index-columns";
import { paragraphCountOf } from "./lazy-paragraphs";
import { runsOf } from "./shard-rows";

/** About how many articles one full-text part holds, and how many events one quotes part. */
export const FULL_TEXT_RUN = 128;
export const QUOTES_RUN = 1024;

export type PublishedFile = {
  /** Relative to the index's folder, with "/" separators. */
  path: string;
  content: string;
};

export type SplitDataset = {
  /** The index as it is written (articles and events as columns). */
  indexFile: IndexFile;
  indexJson: string;
  /** Each quotes file as data, in the index's order (their JSON is among `files`). */
  quoteParts: { path: string; data: QuotesFile }[];
  /** Each full-text part this build wrote, as data (its JSON is among `files`); none when sunk. */
  fullTextParts: { path: string; data: FullText }[];
  /**
   * Bodies, quotes, full-text parts and the schema: content-addressed, written before the
   * index; without the bodies and full-text parts handed to a sink.
   */
  files: PublishedFile[];
  /** The paths of the files handed to the sink, if one was given. */
  sunk: string[];
  /** Bodies and full-text parts an earlier build published with the same content: named by the index, not in `files`. */
  reused: string[];
  /** Each article's body hash (the end of its file name), by article id. */
  bodyHashes: Map<string, string>;
};

/**
 * The hash of the body an earlier build published for this article, when it is exactly the body
 * this build would write and its file is there: that body is not written out again.
 */
export type ReusedBody = (articleId: string) => string | undefined;

/** `timeline.json` -> `timeline.files`: the folder the index's other files live in. */
export function filesFolderOf(indexName: string): string {
  return `${indexName.replace(/\.json$/i, "")}.files`;
}

/** Whether an earlier build published and checked the full-text part of that path (still there). */
export type ReusedPart = (path: string) => boolean;

/** What a body or full-text part handed to the sink was made from. */
export type MadeFrom =
  | { kind: "body"; articleId: string; paragraphCount: number }
  | { kind: "full-text"; data: FullText };

/** Takes each body and full-text part as it is made, instead of `files`. */
export type FileSink = (file: PublishedFile, made: MadeFrom) => void;

/**
 * The hash of the body the caller has written already in this build (bodyFileOf, from the
 * same paragraphs and mentions): named by the index, neither made nor handed to the sink.
 */
export type WrittenBody = (articleId: string) => string | undefined;

export type EarlierFiles = {
  reusedBody?: ReusedBody;
  reusedPart?: ReusedPart;
  writtenBody?: WrittenBody;
  sink?: FileSink;
};

export function splitDataset(
  built: BuiltDataset,
  indexName: string,
  schemaJson: string,
  {
    reusedBody = () => undefined,
    reusedPart = () => false,
    writtenBody = () => undefined,
    sink,
  }: EarlierFiles = {},
): SplitDataset {
  const folder = filesFolderOf(indexName);
  const files: PublishedFile[] = [];
  const sunk: string[] = [];
  const reused: string[] = [];
  const bodyHashes = new Map<string, string>();
  const hand = (file: PublishedFile, made: MadeFrom) => {
    if (sink === undefined) files.push(file);
    else {
      sink(file, made);
      sunk.push(file.path);
    }
  };
  const place = (stem: string, content: string, hash = contentHash(content)) => {
    const path = `${folder}/${stem}.${hash}.json`;
    files.push({ path, content });
    return path;
  };
  const schema = place("schema", schemaJson);
  const articles = built.articles.map((article) => {
    const meta = metaOf(article);
    const paragraphCount = paragraphCountOf(article);
    const stem = `articles/${bodyStem(meta.id)}`;
    const known = reusedBody(meta.id);
    const early = known === undefined ? writtenBody(meta.id) : undefined;
    let path: string;
    if (known !== undefined) {
      path = `${folder}/${stem}.${known}.json`;
      reused.push(path);
      bodyHashes.set(meta.id, known);
    } else if (early !== undefined) {
      path = `${folder}/${stem}.${early}.json`;
      bodyHashes.set(meta.id, early);
    } else {
      const body = bodyFileOf(folder, meta.id, article.paragraphs, article.mentions);
      path = body.path;
      hand(
        { path: body.path, content: body.content },
        { kind: "body", articleId: meta.id, paragraphCount },
      );
      bodyHashes.set(meta.id, body.hash);
    }
    return { ...meta, body: path, paragraphCount };
  });
  // A part's name follows from its articles' ids, titles and bodies (the body hash covers the
  // paragraphs), so a part an earlier build wrote is named again without making its text.
  const fullTextParts: SplitDataset["fullTextParts"] = [];
  const fullText = runsOf(built.articles, (a) => a.id, FULL_TEXT_RUN).map((run) => {
    const made = run.map((a) => [a.id, a.title, bodyHashes.get(a.id)]);
    const path = `${folder}/full-text.${contentHash(JSON.stringify([DATASET_VERSION, made]))}.json`;
    if (reusedPart(path)) {
      reused.push(path);
      return path;
    }
    const data: FullText = {
      version: DATASET_VERSION,
      articles: run.map((a) => ({ id: a.id, text: [a.title, ...a.paragraphs].join("\n") })),
    };
    hand({ path, content: `${JSON.stringify(data)}\n` }, { kind: "full-text", data });
    if (sink === undefined) fullTextParts.push({ path, data });
    return path;
  });
  // The quote columns of the index's sources table, in the same rows (events in order, each
  // event's sources consecutive), cut into parts at event boundaries: the first view needs none.
  const quoteParts = runsOf(built.events, (e) => e.id, QUOTES_RUN).map((run) => {
    const rows = run.flatMap((e) => e.sources);
    const data: QuotesFile = {
      version: DATASET_VERSION,
      sources: {
        quote: rows.map((s) => s.quote),
        start: rows.map((s) => s.start ?? null),
        end: rows.map((s) => s.end ?? null),
      },
    };
    return { path: place("quotes", `${JSON.stringify(data)}\n`), data };
  });
  // The index's columns are read straight from the built events: their sources' quotes are
  // not among the columns, so no copy of the events without them is made.
  const indexFile = indexFileOf({
    version: DATASET_VERSION,
    schema,
    quotes: quoteParts.map((p) => p.path),
    fullText,
    articles,
    entities: built.entities,
    events: built.events,
  });
  return {
    indexFile,
    indexJson: `${JSON.stringify(indexFile)}
`,
    quoteParts,
    fullTextParts,
    files,
    sunk,
    reused,
    bodyHashes,
  };
}

type BuiltArticle = BuiltDataset["articles"][number];

// An article's fields but its text, every other field as it is: its mentions are read only
// where its body is written (a rebuild's unchanged articles never parse theirs).
function metaOf(article: BuiltArticle): Omit<BuiltArticle, "paragraphs" | "mentions"> {
  const meta: Record<string, unknown> = {};
  for (const key of Object.keys(article) as (keyof BuiltArticle)[])
    if (key !== "paragraphs" && key !== "mentions") meta[key] = article[key];
  return meta as Omit<BuiltArticle, "paragraphs" | "mentions">;
}

export function articleBodyOf(
  articleId: string,
  paragraphs: string[],
  mentions: ArticleBody["mentions"],
): ArticleBody {
  return { version: DATASET_VERSION, articleId, paragraphs, mentions };
}

/** An article's body file: its path (in `folder`), its content and the hash that names it. */
export function bodyFileOf(
  folder: string,
  articleId: string,
  paragraphs: string[],
  mentions: ArticleBody["mentions"],
): PublishedFile & { hash: string } {
  const content = `${JSON.stringify(articleBodyOf(articleId, paragraphs, mentions))}\n`;
  const hash = contentHash(content);
  return { path: `${folder}/articles/${bodyFileName(articleId, hash)}`, content, hash };
}

/** The body file's name for an article with that hash, inside `<files folder>/articles/`. */
export function bodyFileName(articleId: string, hash: string): string {
  return `${bodyStem(articleId)}.${hash}.json`;
}

export function contentHash(content: string): string {
  return createHash("sha256").update(content).digest("hex").slice(0, 16);
}

// Article ids may hold any letter; file names in the published folder are kept to ASCII
// so they need no escaping in a URL on any host.
function bodyStem(id: string): string {
  const ascii = id.replace(/[^\w-]+/g, "_").slice(0, 80);
  return ascii === "" ? "article" : ascii;
}
