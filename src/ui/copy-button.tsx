import { useEffect, useState } from "react";

/** Copies a text; says so in place (and politely to screen readers) for a few seconds. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null);
  useEffect(() => {
    if (!outcome) return;
    const timer = window.setTimeout(() => setOutcome(null), 4000);
    return () => window.clearTimeout(timer);
  }, [outcome]);
  const copy = () => {
    // No clipboard outside a secure context: then the user selects the text themselves.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return setOutcome("failed");
    clipboard.writeText(text).then(
      () => setOutcome("copied"),
      () => setOutcome("failed"),
    );
  };
  return (
    <>
      <button type="button" className="button-secondary button-small" onClick={copy}>
        {label}
      </button>
      <span className="copy-outcome" role="status">
        {outcome === "copied" ? "Copied" : outcome === "failed" ? "Could not copy: select it" : ""}
      </span>
    </>
  );
}
