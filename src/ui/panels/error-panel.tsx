// Validation errors of a scenario that failed to load, one per line with line:column; the previous scenario stays loaded.
import { useUiStore } from '../state/ui-store';

export function ErrorPanel() {
  const failure = useUiStore((s) => s.loadErrors);
  const current = useUiStore((s) => s.scenario?.meta.name);
  if (!failure) return null;
  return (
    <section className="error-panel" data-testid="error-panel" role="alert">
      <header>
        <h2>
          {failure.file}: {failure.errors.length} {failure.errors.length === 1 ? 'problem' : 'problems'} — not loaded
        </h2>
        <button type="button" aria-label="Dismiss" onClick={() => useUiStore.setState({ loadErrors: null })}>
          ✕
        </button>
      </header>
      {current && <p className="muted">Still showing “{current}”.</p>}
      <ol>
        {failure.errors.slice(0, 200).map((e, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; two errors may read the same
          <li key={k} data-testid="error-item">
            <span className="where">{e.line !== undefined ? `line ${e.line}:${e.column ?? 1}` : 'file'}</span>
            {e.path && <code>{e.path}</code>} <span className="message">{e.message}</span>
            {(e.found !== undefined || e.expected !== undefined) && (
              <span className="detail">
                {e.found !== undefined && <> found {e.found}</>}
                {e.found !== undefined && e.expected !== undefined && ','}
                {e.expected !== undefined && <> expected {e.expected}</>}
              </span>
            )}
            {e.hint && <span className="hint"> — {e.hint}</span>}
          </li>
        ))}
      </ol>
      {failure.errors.length > 200 && <p className="muted">…and {failure.errors.length - 200} more.</p>}
    </section>
  );
}
