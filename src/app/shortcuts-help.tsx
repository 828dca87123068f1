import { shortcuts } from "./keyboard-shortcuts";

export function ShortcutsHelp() {
  return (
    <details className="shortcuts-help">
      <summary>Keyboard shortcuts</summary>
      <dl>
        {shortcuts.map(([keys, action]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
