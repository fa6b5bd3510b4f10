export function RestoredNotice({ onDiscard }: { onDiscard: () => void }) {
  return (
    <p className="notice notice-info restored-notice">
      Unsaved changes restored. They are not saved yet.{" "}
      <button type="button" className="button-secondary" onClick={onDiscard}>
        Discard restored changes
      </button>
    </p>
  );
}
