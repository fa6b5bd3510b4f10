import { useEffect, useId, useRef, useState } from "react";
import type { Extent } from "./extent";
import { extentFormats, formatExtent, type ExtentFormat } from "./format-extent";

/** Copies the extent in a chosen format; shows the text to copy by hand when it may not. */
export function ExtentCopy({ value }: { value: Extent | null }) {
  const id = useId();
  const [format, setFormat] = useState<ExtentFormat>("wsen");
  const [status, setStatus] = useState("");
  const [manual, setManual] = useState<string | null>(null);
  const manualRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    manualRef.current?.select();
  }, [manual]);

  async function copy() {
    if (value === null) return;
    const text = formatExtent(value, format);
    const label = extentFormats.find((f) => f.value === format)?.label ?? format;
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setManual(null);
      setStatus(`Copied as ${label}.`);
    } catch {
      setManual(text);
      setStatus("The browser did not allow copying: select the text below and copy it.");
    }
  }

  return (
    <div className="extent-copy">
      <label htmlFor={`${id}-format`}>Copy format</label>
      <select
        id={`${id}-format`}
        value={format}
        onChange={(e) => {
          setFormat(e.target.value as ExtentFormat);
          setStatus("");
          setManual(null);
        }}
      >
        {extentFormats.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </select>
      <button type="button" disabled={value === null} onClick={() => void copy()}>
        Copy extent
      </button>
      <p aria-live="polite" className="extent-editor__note">
        {status}
      </p>
      {manual !== null && (
        <>
          <label htmlFor={`${id}-manual`}>Extent to copy</label>
          <textarea id={`${id}-manual`} ref={manualRef} readOnly rows={2} value={manual} />
        </>
      )}
    </div>
  );
}
