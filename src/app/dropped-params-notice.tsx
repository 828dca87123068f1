import { useState } from "react";
import { useDroppedParams } from "../url/use-view-state";

/** A quiet, dismissible note about link parameters that could not be used. */
export function DroppedParamsNotice() {
  const dropped = useDroppedParams();
  const key = dropped.join("&");
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (dropped.length === 0 || dismissed === key) return null;
  const shown = dropped.slice(0, 5).join(", ") + (dropped.length > 5 ? ", …" : "");
  return (
    <div className="notice" role="status">
      <span>
        Ignored {dropped.length} link {dropped.length === 1 ? "parameter" : "parameters"}: {shown}
      </span>
      <button type="button" className="button" onClick={() => setDismissed(key)}>
        Dismiss
      </button>
    </div>
  );
}
