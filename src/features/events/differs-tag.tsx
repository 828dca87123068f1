import type { IndexEvent } from "../../shared/schema";
import { disagreementNote } from "./disagreements";
import "./disagreements.css";

/** "Sources differ on the place": the mark lists and profiles put on such an event. */
export function DiffersTag({ event }: { event: IndexEvent }) {
  const note = disagreementNote(event);
  return note ? <span className="differs-tag">{note}</span> : null;
}
