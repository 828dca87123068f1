// vis-timeline lays the page out far more often than it needs to. Each item that joins a row
// is drawn and measured on its own at once (Group.add): one forced page layout per added item,
// growing with the square of the items (14 of 16 s at 1,000 articles). And every add or
// remove on its item DataSet redraws the whole item set on the spot, so one filter change
// (a remove, then an add) redrew it three times. Both are left here to vis's own redraw,
// which each change already queues for the next frame and which draws all new items in one
// batch (insert all, then measure all). Handed vis's classes and the timeline by
// timeline-view.tsx, the only file that imports vis-timeline.

type VisItem = { id: string; data: { subgroup?: unknown }; setParent(group: unknown): void };
type VisGroup = {
  items: Record<string, VisItem>;
  stackDirty: boolean;
  add(item: VisItem): void;
  _addToSubgroup(item: VisItem): void;
  orderSubgroups(): void;
};

const patched = new WeakSet<object>();

/** New items are drawn by the next redraw, all together, not one by one as they arrive. */
export function deferFirstDraw(Group: { prototype: VisGroup }): void {
  if (patched.has(Group)) return;
  patched.add(Group);
  // vis's Group.add without its immediate _checkIfVisible (show + measure) of the new item.
  Group.prototype.add = function add(this: VisGroup, item: VisItem) {
    this.items[item.id] = item;
    item.setParent(this);
    this.stackDirty = true;
    if (item.data.subgroup !== undefined) {
      this._addToSubgroup(item);
      this.orderSubgroups();
    }
  };
}

type ItemEvent = "add" | "update" | "remove";
type Listener = (event: string, params: { items: string[] }) => void;
type ItemData = {
  on(event: ItemEvent, listener: Listener): void;
  off(event: ItemEvent, listener: Listener): void;
};
type VisItemSet = {
  /** vis's own copy of the items it was given, which it listens to. */
  itemsData: ItemData | null;
  itemListeners: Record<ItemEvent, Listener>;
  _onAdd(ids: string[]): void;
  _onUpdate(ids: string[]): void;
  _onRemove(ids: string[]): void;
};

/**
 * The timeline's item set takes in changes to its items without redrawing on the spot: each
 * change queues vis's redraw for the next frame, so any number of changes draw once.
 */
export function redrawOncePerFrame(timeline: unknown): void {
  const itemSet = (timeline as { itemSet: VisItemSet }).itemSet;
  const { itemListeners, itemsData: items } = itemSet;
  if (!items) return;
  const quiet: Record<ItemEvent, Listener> = {
    add: (_e, params) => itemSet._onAdd(params.items),
    update: (_e, params) => itemSet._onUpdate(params.items),
    remove: (_e, params) => itemSet._onRemove(params.items),
  };
  for (const event of ["add", "update", "remove"] as const) {
    items.off(event, itemListeners[event]);
    items.on(event, quiet[event]);
    itemListeners[event] = quiet[event];
  }
}
