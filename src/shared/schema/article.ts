import * as z from "zod";
import { publishedFromValues } from "./enums";
import { isoDay, relativePath } from "./patterns";
import { DATASET_VERSION } from "./version";

export const mentionSchema = z.object({
  entityId: z.string().min(1),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

// An article's fields in three groups: the index's article, the body file and the built
// article each hold some of them. The head is exported for the index's article columns,
// which check each of its fields with the same schema.
export const articleHead = {
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string(),
  published: isoDay.nullable(),
  publishedFrom: z.enum(publishedFromValues).nullable(),
  source: z.string().nullable(),
};
const articleTail = {
  // Additions: the dateline place, and what the build could not determine for this article.
  dateline: z.string().nullable().optional(),
  warnings: z.array(z.string()).optional(),
};
const articleText = {
  paragraphs: z.array(z.string()),
  mentions: z.array(mentionSchema),
};

/** An article in the index: metadata, and where its text is. */
export const articleSchema = z.object({
  ...articleHead,
  ...articleTail,
  body: relativePath,
  // Addition: how many paragraphs the body holds, so sources can be checked without it.
  paragraphCount: z.number().int().nonnegative(),
});

/** One article's text, in a file of its own that the app loads when it shows the article. */
export const articleBodySchema = z.object({
  version: z.literal(DATASET_VERSION),
  articleId: z.string().min(1),
  ...articleText,
});

/** An article as the pipeline assembles it, metadata and text together. */
export const builtArticleSchema = z.object({ ...articleHead, ...articleText, ...articleTail });

export type Article = z.infer<typeof articleSchema>;
export type ArticleBody = z.infer<typeof articleBodySchema>;
export type BuiltArticle = z.infer<typeof builtArticleSchema>;
export type Mention = z.infer<typeof mentionSchema>;
