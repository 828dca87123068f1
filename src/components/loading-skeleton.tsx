import "./loading-skeleton.css";

/** Placeholder shaped like the page, announced once to screen readers. */
export function LoadingSkeleton({ label }: { label: string }) {
  return (
    <div className="skeleton" role="status" aria-live="polite" aria-busy="true" aria-label={label}>
      <span className="visually-hidden">{label}</span>
      <div className="skeleton-bar wide" aria-hidden="true" />
      <div className="skeleton-row" aria-hidden="true">
        <div className="skeleton-block side" />
        <div className="skeleton-block main" />
      </div>
    </div>
  );
}
