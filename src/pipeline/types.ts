// Internal records passed between pipeline stages. The published shapes live in
// src/shared/schema.ts; these are the intermediate ones.

import type { DateBasis, Precision } from "../shared/schema";
import type { AnnotatedDocument } from "./annotate/types";

/** A raw input file as the CLI hands it to the pure stages. */
export type SourceFile = { file: string; text: string };

/** Result of read-article.ts: the story with page furniture removed. */
export type ReadArticle = {
  id: string;
  file: string;
  title: string;
  source: string | null;
  /** Dateline place ("St. Petersburg", "New Delhi"), null when there is none. */
  dateline: string | null;
  published: string | null; // YYYY-MM-DD
  publishedFrom: "text" | "inferred" | "editor" | null;
  paragraphs: string[];
  warnings: string[];
};

/** A read article with its annotated document: what every extraction stage reads. */
export type AnnotatedArticle = ReadArticle & { doc: AnnotatedDocument };

/** What a date phrase is resolved against. */
export type DateContext = {
  /** Publication date YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /** Where the publication date came from; an editor-supplied anchor makes derived dates "editor". */
  publishedFrom: "text" | "inferred" | "editor" | null;
  /** Without a publication date, a past day the text writes in full: yearless dates ("Feb
   * 5-7", "this year") take their year against it (dates/reference-day.ts). */
  reference?: string | null;
  /** Without any such day, the one year the headline names ("Joint statement AUSMIN 2017"). */
  titleYear?: number | null;
};

/** One date expression found in a sentence, resolved as far as the text supports. */
export type ResolvedDate = {
  /** The words the date was read from, and their offsets in the input text. */
  text: string;
  index: number;
  start: string | null; // YYYY | YYYY-MM | YYYY-MM-DD, null when it cannot be fixed
  end: string | null; // YYYY-MM-DD for multi-day ranges
  precision: Precision;
  basis: DateBasis | null;
  /** True when the phrase looks forward ("will", "next", "to be held"). */
  future: boolean;
  /** True when the date sits in a relative clause, an appositive or a since/after/before phrase: it dates a side fact, not the main event. */
  subordinate?: boolean;
};
