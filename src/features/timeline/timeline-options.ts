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
  // Stacked rows could push the event details far below the fold: the rows scroll inside
  // the timeline instead (scrollbar beside the row labels, drag, or ArrowUp/ArrowDown when
  // it has focus). The wheel keeps zooming (preferZoom), as the zoom buttons promise.
  maxHeight: 400,
  verticalScroll: true,
  preferZoom: true,
  // "Now" means nothing on a news archive.
  showCurrentTime: false,
  // Our own escaping (to-items.ts) is the guarantee; vis's filter stays on as a second layer.
  xss: { disabled: false },
} as const;
