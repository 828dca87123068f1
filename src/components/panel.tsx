import type { ReactNode } from "react";
import "./panel.css";

type PanelProps = {
  title: string;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A titled region; the heading names the region for screen readers. */
export function Panel({ title, headingLevel = 2, actions, className, children }: PanelProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `panel-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section className={`panel ${className ?? ""}`} aria-labelledby={headingId}>
      <header className="panel-header">
        <Heading id={headingId}>{title}</Heading>
        {actions}
      </header>
      {children}
    </section>
  );
}
