import { useRef } from "react";
import { HighlightedText } from "../../components/highlighted-text";
import { eventTypeLabel } from "../../data/event-type-labels";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { useQuotedEvent } from "../../data/use-quoted-event";
import type { IndexEvent } from "../../shared/schema";
import { useViewState } from "../../url/use-view-state";
import { profileOf } from "../../url/view-links";
import { useSearchHits } from "../filters/use-search-terms";
import { CiteActions } from "./cite-actions";
import { describeDateBasis, describeEventDate } from "./date-description";
import { describeStatus, isPlanned } from "./event-status";
import { ParticipantList } from "./participant-list";
import { entityKindLabel, relatedEntities } from "./related-entities";
import { SourceDisagreements } from "./source-disagreements";
import { SourceList } from "./source-list";
import { useRevealDetail } from "./use-reveal-detail";
import "./event-detail.css";

export function EventDetail({ event }: { event: IndexEvent }) {
  const index = useDatasetIndex();
  const [, update] = useViewState();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hitsIn = useSearchHits();
  const quotes = useQuotedEvent(event);
  const quoted = quotes.data ?? undefined;
  useRevealDetail(headingRef, event.id);
  const lookup = (ids: string[]) =>
    ids.flatMap((id) => {
      const entity = index.entitiesById.get(id);
      return entity ? [entity] : [];
    });
  const people = lookup(event.participants);
  const related = relatedEntities(event, lookup(event.entities));
  const basis = describeDateBasis(event);
  const differs = (field: string) =>
    event.disagreements?.some((d) => d.field === field) ? (
      <>
        {" "}
        <span className="differs-note">· sources differ, see below</span>
      </>
    ) : null;
  const filterByOfficial = (id: string) =>
    update((s) => ({
      officials: s.officials.includes(id) ? s.officials : [...s.officials, id].sort(),
    }));

  return (
    <article className="event-detail" aria-labelledby="event-detail-title">
      <header className="event-detail-header">
        <h2 id="event-detail-title" ref={headingRef} tabIndex={-1}>
          <HighlightedText text={event.title} hits={hitsIn(event.title)} />
        </h2>
        <button
          type="button"
          className="button"
          aria-label="Close event details"
          onClick={() => update({ event: null, compare: [] })}
        >
          Close
        </button>
      </header>
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {describeEventDate(event)}
          {basis && (
            <span className="muted">
              {" "}
              — <HighlightedText text={basis} />
            </span>
          )}
          {differs("date")}
        </dd>
        <dt>Status</dt>
        <dd className={isPlanned(event) ? "status-planned" : undefined}>{describeStatus(event)}</dd>
        <dt>Type</dt>
        <dd>{eventTypeLabel(event.type)}</dd>
        <dt>Location</dt>
        <dd>
          {event.location === null ? "Not stated" : <HighlightedText text={event.location} />}
          {differs("location")}
        </dd>
      </dl>
      <CiteActions event={event} quoted={quoted} articles={index.articlesById} />
      <h3>Participants{differs("participants")}</h3>
      <ParticipantList
        people={people}
        onFilter={filterByOfficial}
        onProfile={(id) => update(profileOf(id))}
      />
      {related.length > 0 && (
        <>
          <h3>Related</h3>
          <ul className="related">
            {related.map((e) => (
              <li key={e.id}>
                <HighlightedText text={e.name} />{" "}
                <span className="muted">({entityKindLabel(e.kind)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <SourceDisagreements event={event} index={index} />
      <h3 id="event-sources-heading">Sources</h3>
      {quotes.isPending && (
        <p role="status" className="muted" aria-busy="true">
          Loading the quoted sentences…
        </p>
      )}
      {quotes.isError && (
        <p role="alert">
          The quoted sentences could not be loaded: {quotes.error.message}{" "}
          <button type="button" className="button" onClick={() => void quotes.refetch()}>
            Retry
          </button>
        </p>
      )}
      <SourceList
        sources={quoted?.sources ?? event.sources}
        articles={index.articlesById}
        labelledBy="event-sources-heading"
        hitsIn={hitsIn}
      />
    </article>
  );
}
