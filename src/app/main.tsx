// Must stay the first import: it configures zod before any schema module is evaluated.
import "../data/zod-jitless";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ErrorBoundary } from "../components/error-boundary";
import { preloadTimeline } from "../features/timeline/timeline-view-loader";
import { parseViewState } from "../url/view-state";
import { App } from "./app";
import { Providers } from "./providers";
import { openingView } from "./use-phone-layout";
import "./theme.css";

// The timeline's code (vis-timeline, its own chunk) is fetched alongside the dataset when the
// page opens on the timeline; a phone opening on the list fetches it only if it is asked for.
// A failed load is reported by the timeline's error boundary when it renders; here it must
// not also surface as an unhandled rejection.
if (openingView(parseViewState(window.location.search).state.view) === "timeline")
  preloadTimeline().catch(() => undefined);
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <Providers>
        <App />
      </Providers>
    </ErrorBoundary>
  </StrictMode>,
);
