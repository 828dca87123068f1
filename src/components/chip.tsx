import { stripBidiControls } from "./isolate-text";
import "./chip.css";

type ChipProps = { label: string; removeLabel: string; onRemove: () => void };

/** An active filter that removes itself when clicked. */
export function Chip({ label, removeLabel, onRemove }: ChipProps) {
  return (
    <button type="button" className="chip" aria-label={removeLabel} onClick={onRemove}>
      <span>
        <bdi>{stripBidiControls(label)}</bdi>
      </span>
      <span aria-hidden="true" className="chip-x">
        ×
      </span>
    </button>
  );
}
