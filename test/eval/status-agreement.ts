// How often an event the scorer matched carries the gold's status ("happened" or "planned").
// The shared scorer does not score status, so this reads its --verbose "ok" lines (gold
// summary <- our start and title, per article) back against the gold and the dataset. An event
// several articles report is one merged event with one status; the gold gives each page's own
// reading (a preview says "planned", a report "happened"), so merged events are counted apart.

type GoldEvent = { summary: string; status?: string };
type Gold = { file: string; events: GoldEvent[] }[];
type DatasetEvent = {
  title: string;
  start: string | null;
  status?: string;
  sources: { articleId: string }[];
};

export type StatusCounts = { agree: number; of: number };
export type StatusAgreement = {
  /** By the gold's status, on events only the matched article reports. */
  single: Record<"happened" | "planned", StatusCounts>;
  /** Events several articles report (one status for all of them). */
  merged: StatusCounts;
};

const OK_LINE = /^ {2}ok {3}\S+ (.*) {2}<- {2}(\S+) (.*)$/;
const ARTICLE_LINE = /^== (\S+) \((.*)\)$/;

export function statusAgreement(
  lines: string[],
  gold: Gold,
  events: DatasetEvent[],
): StatusAgreement {
  const goldByFile = new Map(gold.map((a) => [a.file, a]));
  const byArticle = new Map<string, DatasetEvent[]>();
  for (const e of events)
    for (const id of new Set(e.sources.map((s) => s.articleId)))
      byArticle.set(id, [...(byArticle.get(id) ?? []), e]);
  const result: StatusAgreement = {
    single: { happened: { agree: 0, of: 0 }, planned: { agree: 0, of: 0 } },
    merged: { agree: 0, of: 0 },
  };
  let file = "";
  let article = "";
  for (const line of lines) {
    const head = ARTICLE_LINE.exec(line);
    if (head) [, file = "", article = ""] = head;
    const ok = OK_LINE.exec(line);
    if (!ok) continue;
    const want = goldByFile.get(file)?.events.find((e) => e.summary === ok[1])?.status;
    // The scorer prints our start ("null" when undated) and title.
    const ours = byArticle
      .get(article)
      ?.find((e) => e.title === ok[3] && String(e.start) === ok[2]);
    if ((want !== "happened" && want !== "planned") || ours === undefined) continue;
    const merged = new Set(ours.sources.map((s) => s.articleId)).size > 1;
    const counts = merged ? result.merged : result.single[want];
    counts.of++;
    if ((ours.status ?? "happened") === want) counts.agree++;
  }
  return result;
}

export function statusLine({ single, merged }: StatusAgreement): string {
  const share = ({ agree, of }: StatusCounts) => `${agree}/${of}`;
  return (
    `status of matched events: happened ${share(single.happened)}, planned ${share(single.planned)}` +
    ` (one article's events); merged events ${share(merged)}`
  );
}
