import type { Article, ArticleBody, Mention } from "./article";

// Mentions point into their body's paragraphs: checked on the built dataset, and on each body
// file against the index that names it.
export function checkMentions(
  body: { paragraphs: string[]; mentions: Mention[] },
  entityIds: ReadonlySet<string>,
  issue: (mention: number, message: string) => void,
): void {
  body.mentions.forEach((m, mi) => {
    const text = body.paragraphs[m.paragraph];
    if (!entityIds.has(m.entityId)) issue(mi, `unknown entity ${m.entityId}`);
    if (text === undefined || m.end > text.length || m.start >= m.end)
      issue(mi, "mention offsets outside the paragraph");
  });
}

/**
 * Problems of a body file that only its index can reveal: another article's body, a
 * paragraph count that differs, mentions of entities the index lacks or outside the text.
 */
export function bodyProblems(
  body: ArticleBody,
  article: Pick<Article, "id" | "paragraphCount">,
  entityIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  if (body.articleId !== article.id)
    problems.push(`holds article ${body.articleId}, not ${article.id}`);
  if (body.paragraphs.length !== article.paragraphCount)
    problems.push(
      `has ${body.paragraphs.length} paragraphs; the index says ${article.paragraphCount}`,
    );
  checkMentions(body, entityIds, (mi, message) => problems.push(`mentions.${mi}: ${message}`));
  return problems;
}
