import { useEffect, useId, useRef, type ReactNode } from "react";
import "./sheet.css";

type SheetProps = {
  open: boolean;
  title: string;
  /** Close without keeping what changed: the Close button and Esc. */
  onCancel: () => void;
  closeLabel: string;
  /** The sheet's own actions (e.g. Apply), kept in view at its foot. */
  footer: ReactNode;
  children: ReactNode;
};

/**
 * A full-screen modal sheet for phones, on the native <dialog>: focus moves in and is kept
 * there, the page behind is inert, Esc cancels, and focus returns where it was on closing.
 */
export function Sheet({ open, title, onCancel, closeLabel, footer, children }: SheetProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (dialog.showModal) dialog.showModal();
      else dialog.setAttribute("open", ""); // engines without <dialog> (jsdom)
    } else if (!open && dialog.open) {
      if (dialog.close) dialog.close();
      else dialog.removeAttribute("open");
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="sheet"
      aria-labelledby={titleId}
      onCancel={(e) => {
        // Esc: the parent decides what closing means (and closes it through `open`).
        e.preventDefault();
        onCancel();
      }}
    >
      <header className="sheet-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button" aria-label={closeLabel} onClick={onCancel}>
          Close
        </button>
      </header>
      <div className="sheet-body">{open && children}</div>
      <footer className="sheet-footer">{footer}</footer>
    </dialog>
  );
}
