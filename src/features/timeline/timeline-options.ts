// vis-timeline settings as plain data (this file must not import vis-timeline itself).
export const timelineOptions = {
  orientation: "top",
  stack: true,
  selectable: true,
  multiselect: false,
  showTooltips: true,
  tooltip: { followMouse: true, overflowMethod: "cap" },
  zoomMin: 7 * 86_400_000,
  // Wide enough for "Fit all" on an archive whose stories recall decades-old events (a 1951
  // treaty beside 2025 news): vis-timeline would otherwise clamp the fitted window to its middle
  // and hide the newest years.
  zoomMax: 200 * 365 * 86_400_000,
  margin: { item: { horizontal: 8, vertical: 6 }, axis: 6 },
  // Rows take the height their items need and the page scrolls, never a box inside the page.
  // The wheel zooms (preferZoom), as the zoom buttons promise.
  verticalScroll: false,
  preferZoom: true,
  // Each drawn item names its event (data-eventid): how tests find an event on the plot.
  dataAttributes: ["eventId"] as string[],
  // A "Today" line (labelled in timeline-view.css): what is planned lies to its right.
  showCurrentTime: true,
  // Our own escaping (to-items.ts) is the guarantee; vis's filter stays on as a second layer,
  // allowing only the markup to-items.ts writes: spans with a class, and line breaks.
  xss: {
    disabled: false,
    filterOptions: { whiteList: { span: ["class"] as string[], br: [] as string[] } },
  },
} as const;
