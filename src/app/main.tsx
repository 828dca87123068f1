// Must stay the first import: it configures zod before any schema module is evaluated.
import "../data/zod-jitless";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ErrorBoundary } from "../components/error-boundary";
import { preloadTimeline } from "../features/timeline/timeline-panel";
import { App } from "./app";
import { Providers } from "./providers";
import "./theme.css";

// A failed load is reported by the timeline's error boundary when it renders; here it must
// not also surface as an unhandled rejection.
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
