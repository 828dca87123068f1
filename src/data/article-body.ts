import type { Article, Dataset } from "../shared/schema";

/** What a per-article body file holds: the text and the entity mentions in it. */
export type ArticleBody = Pick<Article, "paragraphs" | "mentions">;

export function articleBodyOf(dataset: Dataset, articleId: string): ArticleBody | null {
  const article = dataset.articles.find((a) => a.id === articleId);
  return article ? { paragraphs: article.paragraphs, mentions: article.mentions } : null;
}
