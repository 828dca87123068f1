import { useState } from "react";
import { copyText } from "../../components/copy-text";
import { downloadFile } from "../../components/download-file";
import type { Article, TimelineEvent } from "../../shared/schema";
import { eventPermalink, pageBase } from "../../url/permalink";
import { cslJsonCitation, plainTextCitation } from "./citation";

type CiteActionsProps = { event: TimelineEvent; articles: ReadonlyMap<string, Article> };

/** Copy a link to this event alone, copy a citation, or save it for a reference manager. */
export function CiteActions({ event, articles }: CiteActionsProps) {
  const [status, setStatus] = useState("");
  const permalink = eventPermalink(event.id, pageBase());
  const copy = async (text: string, done: string) =>
    setStatus((await copyText(text)) ? done : "Copy failed — select the text by hand");
  return (
    <div className="cite-actions" role="group" aria-label="Cite this event">
      <button
        type="button"
        className="button"
        onClick={() => void copy(permalink, "Link to this event copied")}
      >
        Copy event link
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void copy(plainTextCitation(event, articles, permalink), "Citation copied")}
      >
        Copy citation
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          const items = cslJsonCitation(event, articles, permalink);
          downloadFile(
            `${event.id}.csl.json`,
            "application/vnd.citationstyles.csl+json",
            `${JSON.stringify(items, null, 2)}\n`,
          );
          setStatus("CSL-JSON saved");
        }}
      >
        Save CSL-JSON
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </div>
  );
}
