// vis-timeline settings as plain data (this file must not import vis-timeline itself).
export const timelineOptions = {
  orientation: "top",
  stack: true,
  selectable: true,
  multiselect: false,
  showTooltips: true,
  tooltip: { followMouse: true, overflowMethod: "cap" },
  zoomMin: 7 * 86_400_000,
  zoomMax: 40 * 365 * 86_400_000,
  margin: { item: 6, axis: 6 },
  // "Now" means nothing on a news archive. No maxHeight: an inner scroll area could not be
  // reached by keyboard, so the page scrolls instead.
  showCurrentTime: false,
  // Our own escaping (to-items.ts) is the guarantee; vis's filter stays on as a second layer.
  xss: { disabled: false },
} as const;
