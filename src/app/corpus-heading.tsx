import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { stripBidiControls } from "../components/isolate-text";
import { corpusTitle } from "../data/corpus-title";
import { datasetQuery, selectDatasetIndex } from "../data/dataset-query";
import { HighlightedText } from "../components/highlighted-text";

const genericTitle = "News timeline";

/**
 * The page's heading and the tab's title name the corpus: the editor's title if the
 * editor's file gives one, else its two most frequent countries (and the page says so).
 */
export function CorpusHeading() {
  const { data: index } = useQuery({ ...datasetQuery, select: selectDatasetIndex });
  const named = index ? corpusTitle(index) : null;
  const title = named?.title ?? genericTitle;
  useEffect(() => {
    document.title = stripBidiControls(title);
  }, [title]);
  return (
    <div className="corpus-heading">
      <h1>
        <HighlightedText text={title} />
      </h1>
      {index && (
        <p className="corpus-facts">
          {index.dataset.articles.length} articles · {index.events.length} events
          {named?.basis === "countries" && " · named after the countries its events most involve"}
        </p>
      )}
    </div>
  );
}
