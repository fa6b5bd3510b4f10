import { useId, useState, type ClipboardEvent } from "react";
import { sameExtent, type Extent } from "./extent";

// The parsers are the largest part of the editor and wanted only once someone pastes: they load
// then, or as the box gets focus or the pointer, so they are there by the time the text is.
const loadReader = () => import("./read-paste");

type Feedback = { ok: boolean; message: string; applied?: Extent } | null;

const LAT_FIRST_KEY = "extent-paste-lat-first";

type ExtentPasteProps = {
  /** The editor's extent: a success message is shown only while it is still the pasted one. */
  value: Extent | null;
  /** Sets the extent and gives back what was set. */
  onExtent(extent: Extent): Extent;
};

/** A text box that reads an extent from pasted text, or says exactly what it could not read. */
export function ExtentPaste({ value, onExtent }: ExtentPasteProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const [text, setText] = useState("");
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [swap, setSwap] = useState<Extent | null>(null);

  async function apply(source: string) {
    const latFirstBefore = sessionStorage.getItem(LAT_FIRST_KEY) === "1";
    const { readPaste } = await loadReader();
    const { result, swap: offer } = readPaste(source, { current: value, latFirstBefore });
    setSwap(offer);
    if (!result.ok) {
      setFeedback({ ok: false, message: result.message });
      return;
    }
    const applied = onExtent(result.extent);
    setFeedback({ ok: true, message: "Extent set from the pasted text.", applied });
  }

  function takeSwap(swapped: Extent) {
    sessionStorage.setItem(LAT_FIRST_KEY, "1");
    setSwap(null);
    const applied = onExtent(swapped);
    setFeedback({ ok: true, message: "Extent set from the pasted text, swapped.", applied });
  }

  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = e.clipboardData.getData("text/plain");
    if (pasted.trim() === "") return;
    // Pasting replaces the box's text: what was pasted is what is read.
    e.preventDefault();
    setText(pasted);
    void apply(pasted);
  }

  // After Discard, Clear or any other change, "set from the pasted text" is no longer true.
  const shown =
    feedback && (!feedback.ok || sameExtent(feedback.applied ?? null, value)) ? feedback : null;
  const offer = swap && !sameExtent(swap, value) ? swap : null;

  return (
    <div className="extent-paste">
      <label htmlFor={id}>Paste extent</label>
      <textarea
        id={id}
        rows={2}
        spellCheck={false}
        value={text}
        placeholder="7.67, 46.13, 7.84, 46.30 · GeoJSON · WKT · API extent JSON"
        aria-invalid={shown?.ok === false ? true : undefined}
        aria-describedby={messageId}
        onChange={(e) => {
          setText(e.target.value);
          setFeedback(null);
          setSwap(null);
        }}
        onPaste={onPaste}
        onFocus={() => void loadReader()}
        onPointerEnter={() => void loadReader()}
      />
      <button type="button" onClick={() => void apply(text)}>
        Apply pasted extent
      </button>
      <p
        id={messageId}
        aria-live="polite"
        className={shown?.ok === false ? "extent-editor__problem" : "extent-editor__note"}
      >
        {shown?.message}
      </p>
      {offer && (
        <p className="extent-editor__warning extent-paste__swap" role="status">
          Looks like latitude, longitude: swap?{" "}
          <button type="button" onClick={() => takeSwap(offer)}>
            Swap to West {offer.west}, South {offer.south}, East {offer.east}, North {offer.north}
          </button>
        </p>
      )}
    </div>
  );
}
