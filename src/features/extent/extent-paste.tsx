import { useId, useState, type ClipboardEvent } from "react";
import type { Extent } from "./extent";
import { parseExtent } from "./parse-extent";

type Feedback = { ok: boolean; message: string } | null;

/** A text box that reads an extent from pasted text, or says exactly what it could not read. */
export function ExtentPaste({ onExtent }: { onExtent(extent: Extent): void }) {
  const id = useId();
  const messageId = `${id}-message`;
  const [text, setText] = useState("");
  const [feedback, setFeedback] = useState<Feedback>(null);

  function apply(source: string) {
    const result = parseExtent(source);
    if (!result.ok) {
      setFeedback({ ok: false, message: result.message });
      return;
    }
    onExtent(result.extent);
    setFeedback({ ok: true, message: "Extent set from the pasted text." });
  }

  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = e.clipboardData.getData("text/plain");
    if (pasted.trim() === "") return;
    // Pasting replaces the box's text: what was pasted is what is read.
    e.preventDefault();
    setText(pasted);
    apply(pasted);
  }

  return (
    <div className="extent-paste">
      <label htmlFor={id}>Paste extent</label>
      <textarea
        id={id}
        rows={2}
        spellCheck={false}
        value={text}
        placeholder="7.67, 46.13, 7.84, 46.30 · GeoJSON · WKT · API extent JSON"
        aria-invalid={feedback?.ok === false ? true : undefined}
        aria-describedby={messageId}
        onChange={(e) => {
          setText(e.target.value);
          setFeedback(null);
        }}
        onPaste={onPaste}
      />
      <button type="button" onClick={() => apply(text)}>
        Apply pasted extent
      </button>
      <p
        id={messageId}
        aria-live="polite"
        className={feedback?.ok === false ? "extent-editor__problem" : "extent-editor__note"}
      >
        {feedback?.message}
      </p>
    </div>
  );
}
