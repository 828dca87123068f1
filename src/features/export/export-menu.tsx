import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { downloadFile } from "../../components/download-file";
import { corpusTitle } from "../../data/corpus-title";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { pageBase } from "../../url/permalink";
import { useFilteredEvents } from "../filters/use-filtered-events";
import { exportFileName } from "./file-name";
import "./export-menu.css";

type Format = "csv" | "json" | "ics";

/**
 * The events now shown (every filter applied) as CSV, JSON in the dataset's own shapes, or
 * an iCalendar file. The writers load on first use, in a chunk of their own.
 */
export function ExportMenu() {
  const index = useDatasetIndex();
  const client = useQueryClient();
  const { events } = useFilteredEvents();
  const [status, setStatus] = useState("");
  const name = exportFileName(corpusTitle(index).title, events.length);
  const base = pageBase();

  const run = async (format: Format) => {
    try {
      if (format === "csv") {
        const { eventsToCsv } = await import("./to-csv");
        downloadFile(`${name}.csv`, "text/csv;charset=utf-8", eventsToCsv(events, index, base));
        setStatus(`Saved ${events.length} events as CSV`);
      } else if (format === "json") {
        const { eventsToDataset } = await import("./to-json");
        const dataset = await eventsToDataset(events, index, client);
        downloadFile(`${name}.json`, "application/json", `${JSON.stringify(dataset, null, 2)}\n`);
        setStatus(`Saved ${events.length} events as JSON`);
      } else {
        const { eventsToIcs } = await import("./to-ics");
        const { ics, undated } = eventsToIcs(events, index, base, corpusTitle(index).title);
        downloadFile(`${name}.ics`, "text/calendar;charset=utf-8", ics);
        const placed = events.length - undated;
        setStatus(
          `Saved ${placed} events as a calendar` +
            (undated > 0
              ? `; ${undated} undated ${undated === 1 ? "event has" : "events have"} no calendar date and ${undated === 1 ? "is" : "are"} left out`
              : ""),
        );
      }
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <details className="export-menu">
      <summary className="button">Export</summary>
      <div
        className="export-menu-body"
        role="group"
        aria-label={`Export the ${events.length} events shown`}
      >
        <p className="muted">The {events.length} events shown, with every filter applied.</p>
        <button type="button" className="button" onClick={() => void run("csv")}>
          Download CSV
        </button>
        <button type="button" className="button" onClick={() => void run("json")}>
          Download JSON
        </button>
        <button type="button" className="button" onClick={() => void run("ics")}>
          Download calendar (.ics)
        </button>
        <p role="status" className="export-status">
          {status}
        </p>
      </div>
    </details>
  );
}
