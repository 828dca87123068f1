/** "india-russia-news-timeline-12-events": readable, safe on every file system. */
export function exportFileName(corpusTitle: string, count: number): string {
  const slug = corpusTitle
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|(?<!-)-+$/g, "")
    .slice(0, 60)
    .replace(/(?<!-)-+$/, "");
  return `${slug || "news-timeline"}-${count}-${count === 1 ? "event" : "events"}`;
}
