type ErrorViewProps = {
  title: string;
  message: string;
  actionLabel: string;
  onAction: () => void;
};

/** A failure said plainly, with one way forward. */
export function ErrorView({ title, message, actionLabel, onAction }: ErrorViewProps) {
  return (
    <div className="error-view" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      <button type="button" className="button primary" onClick={onAction}>
        {actionLabel}
      </button>
    </div>
  );
}
