import { useId, useRef } from "react";
import { HighlightedText } from "../../components/highlighted-text";
import { ShowMore } from "../../components/show-more";
import type { DatasetIndex } from "../../data/dataset-index";
import { pairValue } from "../../data/facets/official-pairs";
import { publishedLabel } from "../../shared/published-label";
import type { Article } from "../../shared/schema";
import { useViewState } from "../../url/use-view-state";
import { eventsOfPair, profileOf } from "../../url/view-links";
import { defaultViewState } from "../../url/view-state";
import { shortEventDate } from "../events/date-description";
import { useSelectEvent } from "../events/use-select-event";
import type { OfficialRecord } from "./official-record";
import { ProfileEvents } from "./profile-events";
import { ProfileStrip } from "./profile-strip";
import { useRevealProfile } from "./use-reveal-profile";

type Props = { record: OfficialRecord; index: DatasetIndex };

/** One official as the articles give them: who, when, with whom, and who reported it. */
export function OfficialProfile({ record, index }: Props) {
  const [state, update] = useViewState();
  const selectEvent = useSelectEvent();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { official, events } = record;
  useRevealProfile(headingRef, official.id);
  const dated = events.filter((e) => e.start !== null);
  const undated = events.length - dated.length;
  const firstDated = dated[0];
  const lastDated = dated.at(-1);
  const span =
    firstDated && lastDated
      ? firstDated === lastDated
        ? shortEventDate(firstDated)
        : `${shortEventDate(firstDated)} to ${shortEventDate(lastDated)}`
      : null;
  return (
    <article className="profile" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="profile-name">
        <HighlightedText text={official.name} />
      </h3>
      <dl className="facts profile-facts">
        <dt>Role</dt>
        <dd>{official.role ? <HighlightedText text={official.role} /> : notStated}</dd>
        <dt>Country</dt>
        <dd>{official.country ? <HighlightedText text={official.country} /> : notStated}</dd>
        {official.aliases.length > 0 && (
          <>
            <dt>Also named</dt>
            <dd>
              <HighlightedText text={official.aliases.join(", ")} />
            </dd>
          </>
        )}
        <dt>Events</dt>
        <dd>
          {events.length}
          {span && ` — ${span}`}
          {undated > 0 && <span className="muted"> ({undated} undated)</span>}
        </dd>
        <dt>First mention</dt>
        <dd>
          <ReportLine article={record.firstReport} />
        </dd>
        <dt>Last mention</dt>
        <dd>
          <ReportLine article={record.lastReport} />
          {record.reportsWithoutDate > 0 && (
            <span className="muted">
              {" "}
              ({record.reportsWithoutDate} of {record.reports} reports carry no publication date)
            </span>
          )}
        </dd>
      </dl>
      <p className="muted profile-basis">
        As the articles give them: roles and country from the dataset, mentions from the{" "}
        {record.reports} {record.reports === 1 ? "article" : "articles"} reporting their events.
      </p>
      <div className="profile-actions">
        <button
          type="button"
          className="button"
          onClick={() => update({ officials: [official.id], view: defaultViewState.view })}
        >
          Show their events
        </button>
        <button
          type="button"
          className="button"
          onClick={() => update({ officials: [official.id], view: "network" })}
        >
          Who they met
        </button>
      </div>
      <ProfileStrip name={official.name} events={events} selectedId={state.event} />
      <h4>Events in order</h4>
      <ProfileEvents
        officialId={official.id}
        events={events}
        index={index}
        selectedId={state.event}
        onSelect={selectEvent}
      />
      <h4>Took part with</h4>
      {record.coParticipants.length === 0 ? (
        <p className="muted">No other official is named in their events.</p>
      ) : (
        <ShowMore items={record.coParticipants} first={10} noun="officials">
          {(shown) => (
            <ul className="co-participants">
              {shown.map((other) => (
                <li key={other.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => update(profileOf(other.id))}
                  >
                    <HighlightedText text={other.name} />
                  </button>
                  <span className="muted"> — </span>
                  <button
                    type="button"
                    className="link-button muted-link"
                    aria-label={`${other.events} shared ${other.events === 1 ? "event" : "events"} with ${other.name}`}
                    onClick={() => update(eventsOfPair(pairValue(official.id, other.id), false))}
                  >
                    {other.events} shared {other.events === 1 ? "event" : "events"}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </ShowMore>
      )}
      <h4>Reported by</h4>
      {record.outlets.length === 0 ? (
        <p className="muted">No outlet is named in the articles reporting their events.</p>
      ) : (
        <ShowMore items={record.outlets} first={10} noun="outlets">
          {(shown) => (
            <ul className="profile-outlets">
              {shown.map((outlet) => (
                <li key={outlet.name}>
                  <HighlightedText text={outlet.name} />{" "}
                  <span className="muted">
                    — {count(outlet.articles, "article")}, {count(outlet.events, "event")}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </ShowMore>
      )}
      {record.reportsWithoutOutlet > 0 && (
        <p className="muted">
          {record.reportsWithoutOutlet === 1
            ? "1 report names no outlet."
            : `${record.reportsWithoutOutlet} reports name no outlet.`}
        </p>
      )}
    </article>
  );
}

const notStated = <span className="muted">Not stated in the articles</span>;

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** “5 March 2021 — Andes Wire, ‘Ministers meet in Lima’”. */
function ReportLine({ article }: { article: Article | null }) {
  if (!article) return <span className="muted">No dated report</span>;
  return (
    <>
      {article.published ? publishedLabel(article) : "Date unknown"} —{" "}
      {article.source ? <HighlightedText text={article.source} /> : "outlet unknown"},{" "}
      <cite>
        <HighlightedText text={article.title || article.file} />
      </cite>
    </>
  );
}
