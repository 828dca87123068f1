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

function shownView(view: ViewMode, phone: boolean): "timeline" | "list" {
  return view === "auto" ? (phone ? "list" : "timeline") : view;
}

/** The view to show: the reader's choice, else the list on phones and the timeline elsewhere. */
export function useShownView(view: ViewMode): "timeline" | "list" {
  return shownView(view, usePhoneLayout());
}

/** The view the page opens on, before React runs (to fetch the timeline's code only if needed). */
export function openingView(view: ViewMode): "timeline" | "list" {
  return shownView(view, isPhone());
}
