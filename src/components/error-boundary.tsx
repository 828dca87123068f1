import { Component, type ErrorInfo, type ReactNode } from "react";
import { ErrorView } from "./error-view";

type ErrorBoundaryProps = {
  children: ReactNode;
  onReload?: () => void;
  /** Places the message in the page's frame (e.g. a landmark) when the crash took it down. */
  wrapFallback?: (fallback: ReactNode) => ReactNode;
};
type ErrorBoundaryState = { error: Error | null };

/** A crash in one part of the page shows a message and a Reload button, never a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Dashboard crashed", error, info.componentStack);
  }

  private readonly reload = () => {
    if (this.props.onReload) this.props.onReload();
    else window.location.reload();
  };

  override render() {
    if (this.state.error === null) return this.props.children;
    const fallback = (
      <ErrorView
        title="Something went wrong on this page"
        message={`${this.state.error.message || "An unexpected error occurred."} Reloading usually fixes it; your view is kept in the link.`}
        actionLabel="Reload"
        onAction={this.reload}
      />
    );
    return this.props.wrapFallback ? this.props.wrapFallback(fallback) : fallback;
  }
}
