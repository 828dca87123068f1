// Where an item's label goes, decided each time vis-timeline positions the item: right of its
// start as usual, or left of it when the right side would run past the plot and the left side
// has room. Labels are capped at under half the plot's width (timeline-view.css), so one side
// always fits. This module receives vis's item classes from timeline-view.tsx, the only file
// that imports vis-timeline, and knows vis's item internals so no other file has to.

/** What these subclasses use of vis's PointItem and RangeItem (vis ships no types for them). */
type VisItem = {
  left: number;
  /** Ranges: vis found the label may run past the box (CSS overflow visible). */
  overflow?: boolean;
  width: number;
  pointX?: number;
  parent?: { width: number };
  props: { dot: { width: number }; content: { width: number } };
  dom?: { point?: HTMLElement; box?: HTMLElement; dot?: HTMLElement; content: HTMLElement };
  repositionX(limitSize?: boolean): void;
  repositionXY?(): void;
  _updateDomComponentsSizes(sizes: unknown): void;
};
// vis's classes are plain JavaScript; a mixin base must be typed as constructible with any args.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type VisItemClass = new (...args: any[]) => VisItem;

export type LabelSide = "right" | "left" | "hidden";

/** Gap between a range's box and a label placed to its left, in px. */
const rangeGap = 4;

/**
 * The side for a label starting at `x` (px from the plot's left edge) and `width` px wide.
 * vis also draws items a little outside the window; a label whose anchor is outside the plot
 * is hidden, never shown cut ("…ssia Summit") nor pulled into view beside a date not shown.
 */
export function labelSide(x: number, width: number, plot: number): LabelSide {
  if (x < 0 || x > plot) return "hidden";
  if (x + width <= plot || x - width < 0) return "right";
  return "left";
}

/**
 * The side for a range's label: `box` px wide from `start`, in a plot `plot` px wide. vis keeps
 * a range's label at the plot's left edge when the range starts before it; one starting past
 * the right edge has its label out of sight already. A label that may run past its box goes left
 * when the right would be cut. One kept inside its box (a summary's count) cannot move out of
 * it: hidden when the plot's edge or the box's visible width would cut it, never shown as "2"
 * for "24".
 */
export function rangeLabelSide(
  start: number,
  label: number,
  box: number,
  plot: number,
  overflow: boolean,
): LabelSide {
  const placed = start < 0 ? "right" : labelSide(start, label + rangeGap, plot);
  if (overflow) return placed === "left" ? "left" : "right";
  const visible = start < 0 ? box + start : box;
  return placed === "left" || label + rangeGap > visible ? "hidden" : "right";
}

const sideOf = new WeakMap<VisItem, LabelSide>();

/**
 * vis rewrites an item's classes, margins and dot offset whenever it measures it again (new
 * content, selection): forget the side applied and place the label again at once.
 */
function remeasured(item: VisItem): void {
  sideOf.delete(item);
  item.repositionX();
}

function placePoint(item: VisItem): void {
  const { dom, parent } = item;
  if (!dom?.point || !dom.dot || !parent || item.pointX === undefined) return;
  const start = item.pointX;
  const dot = item.props.dot.width;
  const side = labelSide(start, item.width, parent.width);
  if (side === "left") {
    // The whole item moves left so its dot, now at its right end, stays on the date.
    item.pointX = start - item.width;
    item.left = item.pointX;
    item.repositionXY?.();
  }
  if (sideOf.get(item) === side) return;
  sideOf.set(item, side);
  dom.point.classList.toggle("label-left", side === "left");
  dom.point.classList.toggle("label-hidden", side === "hidden");
  dom.content.style.marginLeft = side === "left" ? "0px" : `${dot / 2}px`;
  dom.content.style.marginRight = side === "left" ? `${dot / 2}px` : "0px";
  dom.dot.style.transform = `translateX(${side === "left" ? item.width - dot / 2 : -dot / 2}px)`;
}

function placeRange(item: VisItem): void {
  const { dom, parent } = item;
  if (!dom?.box || !parent) return;
  const start = item.left;
  const label = item.props.content.width;
  const side = rangeLabelSide(start, label, item.width, parent.width, item.overflow === true);
  if (side === "left") {
    dom.content.style.transform = `translateX(${-label - rangeGap}px)`;
    item.left = start - label - rangeGap;
    item.width += label + rangeGap;
  }
  if (sideOf.get(item) === side) return;
  sideOf.set(item, side);
  dom.box.classList.toggle("label-left", side === "left");
  dom.box.classList.toggle("label-hidden", side === "hidden");
}

/** vis's point and range items, with labels placed where they fit. */
export function withLabelPlacement(PointItem: VisItemClass, RangeItem: VisItemClass) {
  class EventPoint extends PointItem {
    override repositionX(): void {
      super.repositionX();
      // A point's left edge is its dot's; it moves when the label goes to the left.
      placePoint(this);
    }
    override _updateDomComponentsSizes(sizes: unknown): void {
      super._updateDomComponentsSizes(sizes);
      remeasured(this);
    }
  }
  class EventRange extends RangeItem {
    override repositionX(limitSize?: boolean): void {
      super.repositionX(limitSize);
      placeRange(this);
    }
    override _updateDomComponentsSizes(sizes: unknown): void {
      super._updateDomComponentsSizes(sizes);
      remeasured(this);
    }
  }
  return { EventPoint, EventRange };
}
