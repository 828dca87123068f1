type TimelineControlsProps = { onZoomIn: () => void; onZoomOut: () => void; onFit: () => void };

export function TimelineControls({ onZoomIn, onZoomOut, onFit }: TimelineControlsProps) {
  return (
    <div className="timeline-controls" role="toolbar" aria-label="Timeline zoom">
      <button type="button" className="button" onClick={onZoomIn}>
        Zoom in
      </button>
      <button type="button" className="button" onClick={onZoomOut}>
        Zoom out
      </button>
      <button type="button" className="button" onClick={onFit}>
        Fit all
      </button>
    </div>
  );
}
