import { useSyncExternalStore } from "react";
import type { ViewMode } from "../url/view-state";

// The one breakpoint where the page becomes a phone layout: the list first, filters in a
// sheet, the event detail as a full-screen view. app.css uses the same width.
const phoneQuery = "(max-width: 760px)";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.(phoneQuery);
  query?.addEventListener?.("change", onChange);
  return () => query?.removeEventListener?.("change", onChange);
}

const isPhone = () => window.matchMedia?.(phoneQuery).matches ?? false;

/** True on phone-sized screens; follows rotation and window resizing. */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribe, isPhone, () => false);
}

/** A view as shown: "auto" made the screen's own choice. */
export type ShownView = Exclude<ViewMode, "auto">;

function shownView(view: ViewMode, phone: boolean): ShownView {
  return view === "auto" ? (phone ? "list" : "timeline") : view;
}

/** The view to show: the reader's choice, else the list on phones and the timeline elsewhere. */
export function useShownView(view: ViewMode): ShownView {
  return shownView(view, usePhoneLayout());
}

/** The view the page opens on, before React runs (to fetch the timeline's code only if needed). */
export function openingView(view: ViewMode): ShownView {
  return shownView(view, isPhone());
}
