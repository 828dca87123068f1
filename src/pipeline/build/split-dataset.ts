// A built dataset as the files version 4 publishes: the index, one body per article, the
// sources' quotes, the full-text file and the JSON Schema. Every file but the index is named by its content
// (a hash), so a new build never overwrites a file an older index still points at. Pure.

import { createHash } from "node:crypto";
import { DATASET_VERSION } from "../../shared/schema";
import type {
  ArticleBody,
  BuiltDataset,
  Dataset,
  FullText,
  IndexFile,
  QuotesFile,
} from "../../shared/schema";
import { indexFileOf } from "./index-columns";

export type PublishedFile = {
  /** Relative to the index's folder, with "/" separators. */
  path: string;
  content: string;
};

export type SplitDataset = {
  /** The index as the app reads it back; `indexFile` is how it is written (events as columns). */
  index: Dataset;
  indexFile: IndexFile;
  indexJson: string;
  /** The full-text and quotes files' content as data (they are also among `files`, as JSON). */
  fullText: FullText;
  quotes: QuotesFile;
  /** Bodies, the quotes, the full-text file and the schema: content-addressed, written before the index. */
  files: PublishedFile[];
  /** Bodies an earlier build published with the same content: named by the index, not in `files`. */
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

export function splitDataset(
  built: BuiltDataset,
  indexName: string,
  schemaJson: string,
  reusedBody: ReusedBody = () => undefined,
): SplitDataset {
  const folder = filesFolderOf(indexName);
  const files: PublishedFile[] = [];
  const reused: string[] = [];
  const bodyHashes = new Map<string, string>();
  const place = (stem: string, content: string, hash = contentHash(content)) => {
    const path = `${folder}/${stem}.${hash}.json`;
    files.push({ path, content });
    return path;
  };
  const schema = place("schema", schemaJson);
  const articles = built.articles.map(({ paragraphs, mentions, ...meta }) => {
    const stem = `articles/${bodyStem(meta.id)}`;
    const known = reusedBody(meta.id);
    let path: string;
    if (known !== undefined) {
      path = `${folder}/${stem}.${known}.json`;
      reused.push(path);
      bodyHashes.set(meta.id, known);
    } else {
      const content = `${JSON.stringify(articleBodyOf(meta.id, paragraphs, mentions))}\n`;
      const hash = contentHash(content);
      path = place(stem, content, hash);
      bodyHashes.set(meta.id, hash);
    }
    return { ...meta, body: path, paragraphCount: paragraphs.length };
  });
  const fullText: FullText = {
    version: DATASET_VERSION,
    articles: built.articles.map((a) => ({
      id: a.id,
      text: [a.title, ...a.paragraphs].join("\n"),
    })),
  };
  const fullTextPath = place("full-text", `${JSON.stringify(fullText)}\n`);
  // The quote columns of the index's sources table, in the same rows (events in order, each
  // event's sources consecutive): the first view does not need them.
  const rows = built.events.flatMap((e) => e.sources);
  const quotes: QuotesFile = {
    version: DATASET_VERSION,
    sources: {
      quote: rows.map((s) => s.quote),
      start: rows.map((s) => s.start ?? null),
      end: rows.map((s) => s.end ?? null),
    },
  };
  const quotesPath = place("quotes", `${JSON.stringify(quotes)}\n`);
  const index: Dataset = {
    version: DATASET_VERSION,
    schema,
    quotes: quotesPath,
    fullText: fullTextPath,
    articles,
    entities: built.entities,
    events: built.events.map((e) => ({
      ...e,
      sources: e.sources.map((s) => ({ articleId: s.articleId, paragraph: s.paragraph })),
    })),
  };
  const indexFile = indexFileOf(index);
  return {
    index,
    indexFile,
    indexJson: `${JSON.stringify(indexFile)}
`,
    fullText,
    quotes,
    files,
    reused,
    bodyHashes,
  };
}

export function articleBodyOf(
  articleId: string,
  paragraphs: string[],
  mentions: ArticleBody["mentions"],
): ArticleBody {
  return { version: DATASET_VERSION, articleId, paragraphs, mentions };
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
