import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { extentSides, sameExtent, sideLabels, type Extent, type ExtentSide } from "./extent";
import { findExtentProblem, roundChangedCoordinates, type ExtentProblem } from "./extent-rules";
import { formatCoordinate, parseCoordinate, stepCoordinateText } from "./parse-coordinate";

type Texts = Record<ExtentSide, string>;

type ExtentInputsProps = {
  value: Extent | null;
  /** `side` is the field typed in: the keystrokes in one field are one step to undo. */
  onChange(next: Extent | null, side: ExtentSide): void;
  disabled: boolean;
  /** Id of the West longitude input, so a form can focus the field. */
  id?: string;
  /** The field's error message element, when there is one. */
  errorId?: string;
  /** Hears when the typed text stops or starts making a valid extent (it then never reaches onChange). */
  onProblem?(problem: TypedProblem | null): void;
};

/** What is wrong with the typed text, and the first input to correct. */
export type TypedProblem = { message: string; inputId: string };

const ranges: Record<ExtentSide, number> = { west: 180, south: 90, east: 180, north: 90 };
/** Compass order: North on top, West and East either side, South below; Tab follows it. */
const compass: readonly ExtentSide[] = ["north", "west", "east", "south"];

function textsOf(value: Extent | null): Texts {
  const text = (side: ExtentSide) => (value ? formatCoordinate(value[side]) : "");
  return { west: text("west"), south: text("south"), east: text("east"), north: text("north") };
}

function sameTexts(a: Texts, b: Texts): boolean {
  return extentSides.every((side) => a[side] === b[side]);
}

type Reading =
  | { kind: "empty" }
  | { kind: "extent"; extent: Extent }
  | { kind: "problem"; problem: ExtentProblem };

/** Field-level refusals (text that is no number), by side. */
type Refusals = Partial<Record<ExtentSide, string>>;

function refusalsOf(texts: Texts): Refusals {
  const refusals: Refusals = {};
  for (const side of extentSides) {
    const reading = parseCoordinate(texts[side]);
    if (reading.kind === "invalid") refusals[side] = reading.message;
  }
  return refusals;
}

/**
 * The extent the texts make. A text still showing the stored value (rounded for display)
 * stands for the full stored value: only the coordinates the user edits change.
 */
function readTexts(texts: Texts, stored: Extent | null): Reading {
  const refusals = refusalsOf(texts);
  const refused = compass.filter((side) => refusals[side] !== undefined);
  if (refused[0] !== undefined) {
    const first = refused[0];
    return {
      kind: "problem",
      problem: { message: `${sideLabels[first]}: ${refusals[first]}`, sides: refused },
    };
  }
  const missing = extentSides.filter((side) => parseCoordinate(texts[side]).kind === "empty");
  if (missing.length === 4) return { kind: "empty" };
  if (missing.length > 0) {
    const names = missing.map((side) => sideLabels[side]).join(", ");
    return {
      kind: "problem",
      problem: {
        message: `Enter all four values (${names} missing), or empty all four to remove the extent.`,
        sides: missing,
      },
    };
  }
  const valueOf = (side: ExtentSide): number => {
    if (stored && texts[side] === formatCoordinate(stored[side])) return stored[side];
    const reading = parseCoordinate(texts[side]);
    return reading.kind === "number" ? reading.value : Number.NaN;
  };
  const extent = {
    west: valueOf("west"),
    south: valueOf("south"),
    east: valueOf("east"),
    north: valueOf("north"),
  };
  const problem = findExtentProblem(extent);
  return problem ? { kind: "problem", problem } : { kind: "extent", extent };
}

/**
 * The four coordinate inputs, in a compass. They keep their own text, so a half-typed or
 * invalid extent is shown with its problem and never reaches the form; each valid change
 * does. Text inputs, not number inputs: a number input reads `7,7` as 77 in some browsers
 * and moves its value on a mouse wheel.
 */
export function ExtentInputs({
  value,
  onChange,
  disabled,
  id,
  errorId,
  onProblem,
}: ExtentInputsProps) {
  const baseId = useId();
  const problemId = `${baseId}-problem`;
  const hintId = `${baseId}-hint`;
  const [local, setLocal] = useState(() => ({ texts: textsOf(value), basis: value }));
  if (!sameExtent(local.basis, value)) {
    setLocal({ texts: textsOf(value), basis: value });
  }

  const edited = !sameTexts(local.texts, textsOf(value));
  const reading = readTexts(local.texts, value);
  // A stored extent that breaks the rules is explained by the warning, not here.
  const problem = reading.kind === "problem" && edited ? reading.problem : null;
  const refusals = refusalsOf(local.texts);
  const inputIdOf = (side: ExtentSide) => (side === "west" && id ? id : `${baseId}-${side}`);
  const problemMessage = problem?.message ?? null;
  const problemInputId = problem?.sides[0] ? inputIdOf(problem.sides[0]) : null;
  useEffect(() => {
    onProblem?.(
      problemMessage !== null && problemInputId !== null
        ? { message: problemMessage, inputId: problemInputId }
        : null,
    );
  }, [onProblem, problemMessage, problemInputId]);

  function edit(side: ExtentSide, text: string) {
    const texts = { ...local.texts, [side]: text };
    const next = readTexts(texts, value);
    if (next.kind === "empty") {
      setLocal({ texts, basis: null });
      if (value !== null) onChange(null, side);
      return;
    }
    if (next.kind === "extent") {
      const rounded = roundChangedCoordinates(value, next.extent);
      if (!sameExtent(rounded, value)) {
        setLocal({ texts, basis: rounded });
        onChange(rounded, side);
        return;
      }
    }
    setLocal({ texts, basis: value });
  }

  function step(side: ExtentSide, e: KeyboardEvent<HTMLInputElement>) {
    if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const next = stepCoordinateText(
      local.texts[side],
      e.key === "ArrowUp" ? 1 : -1,
      e.shiftKey,
      ranges[side],
    );
    if (next !== null) edit(side, next);
  }

  function tidy() {
    if (problem === null) setLocal({ texts: textsOf(value), basis: value });
  }

  const readAs = (side: ExtentSide): string | null => {
    const parsed = parseCoordinate(local.texts[side]);
    return parsed.kind === "number" && parsed.decimalComma
      ? `Read as ${formatCoordinate(parsed.value)}`
      : null;
  };

  return (
    <div className="extent-inputs">
      {compass.map((side) => {
        const inputId = inputIdOf(side);
        const refusal = refusals[side] ?? null;
        const note = refusal ?? readAs(side);
        const noteId = `${inputId}-note`;
        const faulty = problem?.sides.includes(side) ?? false;
        const describedBy = [
          note ? noteId : null,
          faulty && !refusal ? problemId : null,
          hintId,
          errorId ?? null,
        ]
          .filter(Boolean)
          .join(" ");
        return (
          <div key={side} className={`extent-inputs__field extent-inputs__field--${side}`}>
            <label htmlFor={inputId}>{sideLabels[side]}</label>
            <input
              id={inputId}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={local.texts[side]}
              disabled={disabled}
              aria-invalid={faulty || errorId !== undefined ? true : undefined}
              aria-describedby={describedBy}
              onChange={(e) => edit(side, e.target.value)}
              onKeyDown={(e) => step(side, e)}
              onBlur={tidy}
            />
            {note && (
              <p
                id={noteId}
                className={refusal ? "extent-inputs__problem" : "extent-inputs__read-as"}
              >
                {note}
              </p>
            )}
          </div>
        );
      })}
      {problem && Object.keys(refusals).length === 0 && (
        <p id={problemId} className="extent-inputs__problem extent-inputs__summary">
          {problem.message}
        </p>
      )}
      <p id={hintId} className="extent-inputs__hint">
        Degrees, with a dot or a comma before the decimals. Arrow keys step by the last digit shown,
        Shift+Arrow by 1°.
      </p>
    </div>
  );
}
