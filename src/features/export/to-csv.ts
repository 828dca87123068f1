import { stringify } from "csv-stringify/browser/esm/sync";
import type { DatasetIndex } from "../../data/dataset-index";
import type { IndexEvent } from "../../shared/schema";
import { eventRow, rowColumns } from "./event-rows";

/**
 * RFC 4180 CSV, one row per event. Cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @) are prefixed with a quote mark: article text is untrusted.
 * The byte-order mark lets Excel read the file as UTF-8.
 */
export function eventsToCsv(events: IndexEvent[], index: DatasetIndex, base: string): string {
  return stringify(
    events.map((event) => eventRow(event, index, base)),
    {
      header: true,
      columns: rowColumns,
      bom: true,
      record_delimiter: "windows",
      escape_formulas: true,
    },
  );
}
