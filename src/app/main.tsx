// Must stay the first import: it configures zod before any schema module is evaluated.
import "../data/zod-jitless";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ErrorBoundary } from "../components/error-boundary";
import { App } from "./app";
import { Providers } from "./providers";
import "./theme.css";

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
