// One raw article file into headline, outlet, dateline, publication date and clean body
// paragraphs. Pure: the CLI does the reading.

import type { ReadArticle, SourceFile } from "./types";
import { articleIdOf } from "./read/article-id";
import { withoutDateBars } from "./read/date-bar";
import { classifyLine, SOURCE_RANK } from "./read/furniture";
import type { SourceHint } from "./read/furniture";
import { isDayBox, isPhotoCaption, isSpeakerHeadline, isSpeakerKind } from "./read/furniture-words";
import { topLines } from "./read/top-lines";
import { normaliseText, tidyLine } from "./read/normalise-text";
import { unglueDateLines } from "./read/glued-date-lines";
import { markPageBlocks, RELATED_HEADER } from "./read/page-blocks";
import { SENTENCE_END } from "./read/sentence-stop";
import { parseDateline } from "./read/dateline";
import { joinCutSentences, joinIntro, toParagraphs } from "./read/paragraphs";
import type { BodyLine } from "./read/paragraphs";
import { decidePublication } from "./read/publication-date/decide-publication";
import {
  dropRepeatedStory,
  dropSignOff,
  dropStandfirstDuplicate,
  outletSuffix,
  takeDateline,
  titleOf,
} from "./read/story-edits";
import { findHeadlineAndBody } from "./read/story-layout";
import { datesHeading } from "./read/heading-date";
import { headerOffices } from "./read/header-offices";
import type { Line } from "./read/story-layout";
import { takePrefixStamp } from "./read/stamps";
import type { Stamp } from "./read/stamps";

export type ReadOptions = {
  /** YYYY-MM-DD; a dateline year is never inferred to be after it. */
  today?: string;
};

/** Lines of text a stamp may sit under and still be the page's own (standfirst, caption). */
const STANDFIRST_LINES = 3;
/** A writer's name alone on a line ("Edna Tarigan"): two to four capitalised words. */
const WRITER_NAME = /^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}$/;

// A bare date below the start of the story is a reader's comment or a related link; one above
// the headline showing seconds is the site's clock. Neither dates the story. Other bare dates
// above the headline are kept, ranked last. A picture's caption opening the body is still
// the page's top: the stamp under it dates the story. So is a stamp under a few short lines
// (a standfirst, a caption, the writer) with most of the story still below it.
function storyStamps(
  placed: { stamp: Stamp; line: number }[],
  headlineAt: number | null,
  bodyStart: number,
  lines: Line[],
): Stamp[] {
  const text = (from: number, to: number) =>
    lines
      .slice(from, to)
      .filter((l) => l.info?.kind === "content" && !isPhotoCaption(l.text))
      .map((l) => l.text.length);
  const textLength = (from: number, to: number) => text(from, to).reduce((a, b) => a + b, 0);
  // More of the story under the line than page text over it (from `above`).
  const mostlyBelow = (above: number, line: number) =>
    textLength(bodyStart, above) < textLength(line + 1, lines.length);
  // "Edna Tarigan / Thursday 29 August 2024 06:22 EDT": the writer's name on the line over
  // the stamp is the byline, not story text.
  const textEnd = (line: number) => {
    let at = line - 1;
    while (at > bodyStart && lines[at]?.info === null) at--;
    const above = lines[at];
    const writer = at >= bodyStart && above?.info?.kind === "content";
    return writer && WRITER_NAME.test(above.text.trim()) ? at : line;
  };
  const underStandfirst = (line: number) => {
    const end = textEnd(line);
    return text(bodyStart, end).length <= STANDFIRST_LINES && mostlyBelow(end, line);
  };
  // A release signed off with its date on the page's last line ("... officials.\n\n16
  // October 2011"), nothing after it: the story's own date, not a comment's.
  const closesPage = (line: number) => lines.slice(line + 1).every((l) => l.info === null);
  // A reposted document's heading and its date, with the document's text below it
  // (read/heading-date.ts).
  const underHeading = (line: number) => datesHeading(lines, line) && mostlyBelow(line, line);
  // "Press Release No. 242 10.09.2014" over the story and "Press Release No. 238 08.09.2014"
  // under it, over an older release the page lists: a labelled stamp below story text, when
  // one of its kind heads the page, is a later item's.
  const headed = (kind: Stamp["kind"]) =>
    placed.some(
      (p) => !p.stamp.bare && p.stamp.kind === kind && text(bodyStart, p.line).length === 0,
    );
  // "Opinion" / "Editorial" after the story, then other pieces each with its date: a stamp
  // under a related-stories header that follows story text is another story's.
  const related = lines.findIndex(
    (l, i) =>
      i > bodyStart &&
      text(bodyStart, i).length > 0 &&
      RELATED_HEADER.test(l.text.trim()) &&
      !SENTENCE_END.test(l.text.trim()),
  );
  return placed.flatMap(({ stamp, line }) => {
    if (related >= 0 && line > related) return [];
    if (!stamp.bare)
      return line > bodyStart && text(bodyStart, line).length > 0 && headed(stamp.kind)
        ? []
        : [stamp];
    if (line > bodyStart && text(bodyStart, line).length > 0)
      return (underStandfirst(line) || closesPage(line) || underHeading(line)) && !stamp.clock
        ? [{ ...stamp, kind: "page-top" as const }]
        : [];
    if (headlineAt !== null && line < headlineAt)
      return stamp.clock ? [] : [{ ...stamp, kind: "page-top" as const }];
    return [stamp];
  });
}

// A page with no headline may open with a picture's caption, no headline itself (story-layout.ts):
// its full date still dates the story as a headline's would ("..., in Beijing, September 4,
// 2017. (Photo: ...)" over "BEIJING, Sept. 5 (Agency) --").
function captionOverStory(lines: Line[], bodyStart: number): string | null {
  const caption = lines
    .slice(0, bodyStart)
    .find((l) => l.info?.kind === "content" && isPhotoCaption(l.text));
  return caption?.text ?? null;
}

// A headline that hands over to the story ("Spokesperson X provided the following readout:") or
// says who gives the address ("Briefing by Spokesperson X, September 10, 2015"; "Opening
// remarks" over "by Secretary General X at the start of ..."): it names the story's speaker, so
// it is story text as well as the title.
const INTRO_HEADLINE = /:$/;
const MIN_INTRO_WORDS = 6;
const BY_LINE = /^by\s/;

function speakerLine(lines: Line[], headlineAt: number | null, bodyStart: number): string | null {
  if (headlineAt === null) return null;
  const headline = lines[headlineAt]?.text.trim() ?? "";
  if (INTRO_HEADLINE.test(headline) && headline.split(" ").length >= MIN_INTRO_WORDS)
    return headline;
  if (isSpeakerHeadline(headline)) return headline;
  // The page's own title over it ("Press Conference", "People's Republic of China") and the
  // line naming the speaker under it, above the story: still the story's speaker.
  const under = lines
    .slice(headlineAt + 1, bodyStart)
    .find((l) => l.info?.kind === "content" && isSpeakerHeadline(l.text.trim()));
  if (under) return under.text.trim();
  if (!isSpeakerKind(headline)) return null;
  const next = lines.findIndex((l, i) => i > headlineAt && l.info !== null);
  const by = lines[next];
  if (next < 0 || next >= bodyStart || by?.info?.kind !== "content") return null;
  const joined = `${headline} ${by.text.trim()}`;
  return BY_LINE.test(by.text.trim()) && isSpeakerHeadline(joined) ? joined : null;
}

export function readArticle(file: SourceFile, options: ReadOptions = {}): ReadArticle {
  const stamps: Stamp[] = [];
  const placed: { stamp: Stamp; line: number }[] = [];
  const lines: Line[] = markPageBlocks(
    unglueDateLines(normaliseText(file.text))
      .split("\n")
      .map((raw, line) => {
        const { stamp, rest } = takePrefixStamp(raw, line === 0);
        if (stamp) stamps.push(stamp);
        const text = tidyLine(rest);
        return { text, info: text === "" ? null : classifyLine(text) };
      }),
  );
  const hints: SourceHint[] = [];
  let bylinePlace: string | null = null;
  lines.forEach(({ info }, line) => {
    if (info?.kind !== "furniture" || !info.stamp) return;
    // A bare date under "Today in New Delhi, India": the day the page was fetched.
    if (info.stamp.bare && isDayBox(lines[line - 1]?.text ?? "")) return;
    placed.push({ stamp: info.stamp, line });
  });
  for (const { info } of lines) {
    if (info?.kind !== "furniture") continue;
    if (info.source) hints.push(info.source);
    bylinePlace ??= info.place ?? null;
  }

  const { headline, headlineAt, bodyStart } = findHeadlineAndBody(lines);
  // A site's date bar over the headline is the day the page was fetched: no stamp of the story.
  const { kept, bars, warnings } = withoutDateBars(placed, lines, bodyStart);
  stamps.push(...storyStamps(kept, headlineAt, bodyStart, lines));
  const bodyLines: BodyLine[] = lines
    .slice(bodyStart)
    .map((l) =>
      l.info === null
        ? { blank: true }
        : l.info.kind === "furniture"
          ? { furniture: true }
          : { text: l.text },
    );
  const speaker = speakerLine(lines, headlineAt, bodyStart);
  if (speaker !== null) bodyLines.unshift({ text: speaker }, { blank: true });
  let paragraphs = joinIntro(
    joinCutSentences(toParagraphs(bodyLines)),
    (lead) => (parseDateline(lead)?.year ?? null) !== null,
  );

  const dateline = takeDateline(paragraphs);
  if (dateline) {
    paragraphs = dateline.paragraphs;
    if (dateline.found.agency)
      hints.push({ name: dateline.found.agency, rank: SOURCE_RANK.dateline });
  }
  paragraphs = dropSignOff(paragraphs, hints);
  // A speaker's headline kept as story text is no second copy of the headline marking where
  // the story starts again.
  const repeated = speaker === headline ? null : headline;
  paragraphs = dropStandfirstDuplicate(dropRepeatedStory(paragraphs, repeated));
  for (const office of headerOffices(lines, headlineAt, bodyStart))
    if (!paragraphs.some((p) => p.includes(office.slice(0, -1)))) paragraphs.push(office);

  const titleSource = headline === null ? null : outletSuffix(headline);
  if (titleSource) hints.push({ name: titleSource.name, rank: SOURCE_RANK.social + 1 });
  const publication = decidePublication({
    stamps,
    dateline: dateline?.found ?? null,
    body: paragraphs,
    today: options.today,
    fileName: file.file,
    headline: headline ?? captionOverStory(lines, bodyStart),
    topLines: topLines(lines, bodyStart),
    bars,
  });
  warnings.push(...publication.warnings);
  const source = [...hints].sort((a, b) => a.rank - b.rank)[0]?.name ?? null;
  if (source === null) warnings.push("no agency or outlet found");
  if (paragraphs.length === 0) warnings.push("no story text found");
  const title = titleOf(titleSource?.title ?? headline, paragraphs, warnings);

  return {
    id: articleIdOf(file.file),
    file: file.file,
    title,
    source,
    dateline: dateline?.found.place || bylinePlace,
    published: publication.published,
    publishedFrom: publication.from,
    paragraphs,
    warnings,
  };
}
