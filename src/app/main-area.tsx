import type { ReactNode } from "react";
import { DroppedParamsNotice } from "./dropped-params-notice";

/**
 * The one main landmark, the skip link's target, in every state of the app (loading, failed,
 * loaded), so the page keeps the same landmarks whatever the data did.
 */
export function MainArea({ children }: { children: ReactNode }) {
  return (
    <main className="main" id="main">
      <DroppedParamsNotice />
      {children}
    </main>
  );
}
