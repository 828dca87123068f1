import { ErrorBoundary } from "../components/error-boundary";
import { CopyLinkButton } from "./copy-link-button";
import { CorpusHeading } from "./corpus-heading";
import { Dashboard } from "./dashboard";
import { DatasetGate } from "./dataset-gate";
import { FiltersSidebar } from "./filters-sidebar";
import { MainArea } from "./main-area";
import { ShortcutsHelp } from "./shortcuts-help";
import "./app.css";

export function App() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to events
      </a>
      <header className="app-header">
        <CorpusHeading />
        <div className="header-actions">
          <CopyLinkButton />
          <ShortcutsHelp />
        </div>
      </header>
      {/* A crash shows its message where the dashboard was: inside the main landmark. */}
      <ErrorBoundary wrapFallback={(fallback) => <MainArea>{fallback}</MainArea>}>
        <DatasetGate sidebar={<FiltersSidebar />}>
          <Dashboard />
        </DatasetGate>
      </ErrorBoundary>
    </div>
  );
}
