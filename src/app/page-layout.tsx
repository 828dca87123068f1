import type { ReactNode } from "react";
import { MainArea } from "./main-area";

/**
 * Filters beside the main area. The main landmark keeps its place in the tree whether or not
 * the sidebar is there yet, so loading, failing and loading again never remount it (and a
 * dismissed link notice stays dismissed).
 */
export function PageLayout({ sidebar, children }: { sidebar: ReactNode; children: ReactNode }) {
  return (
    <div className={sidebar ? "layout" : "layout without-sidebar"}>
      {sidebar}
      <MainArea>{children}</MainArea>
    </div>
  );
}
