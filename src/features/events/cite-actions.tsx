import { useState } from "react";
import { copyText } from "../../components/copy-text";
import { downloadFile } from "../../components/download-file";
import type { Article, IndexEvent, TimelineEvent } from "../../shared/schema";
import { eventPermalink, pageBase } from "../../url/permalink";
import { cslJsonCitation, plainTextCitation } from "./citation";

type CiteActionsProps = {
  event: IndexEvent;
  /** The event with its quotes, once the quotes file is in: a citation quotes its sources. */
  quoted: TimelineEvent | undefined;
  articles: ReadonlyMap<string, Article>;
};

/** Copy a link to this event alone, copy a citation, or save it for a reference manager. */
export function CiteActions({ event, quoted, articles }: CiteActionsProps) {
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
        disabled={!quoted}
        onClick={() =>
          quoted && void copy(plainTextCitation(quoted, articles, permalink), "Citation copied")
        }
      >
        Copy citation
      </button>
      <button
        type="button"
        className="button"
        disabled={!quoted}
        onClick={() => {
          if (!quoted) return;
          const items = cslJsonCitation(quoted, articles, permalink);
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
        {status || (quoted ? "" : "Citations are ready once the quoted sentences have loaded")}
      </span>
    </div>
  );
}
