import { useEffect, useId, useState } from "react";
import { extentSides, sameExtent, sideLabels, type Extent, type ExtentSide } from "./extent";
import { findExtentProblem, roundChangedCoordinates, type ExtentProblem } from "./extent-rules";

type Texts = Record<ExtentSide, string>;

type ExtentInputsProps = {
  value: Extent | null;
  onChange(next: Extent | null): void;
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

function textsOf(value: Extent | null): Texts {
  return {
    west: value ? String(value.west) : "",
    south: value ? String(value.south) : "",
    east: value ? String(value.east) : "",
    north: value ? String(value.north) : "",
  };
}

function sameTexts(a: Texts, b: Texts): boolean {
  return extentSides.every((side) => a[side] === b[side]);
}

type Reading =
  | { kind: "empty" }
  | { kind: "extent"; extent: Extent }
  | { kind: "problem"; problem: ExtentProblem };

function readTexts(texts: Texts): Reading {
  const missing = extentSides.filter((side) => texts[side].trim() === "");
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
  const extent = {
    west: Number(texts.west),
    south: Number(texts.south),
    east: Number(texts.east),
    north: Number(texts.north),
  };
  const problem = findExtentProblem(extent);
  return problem ? { kind: "problem", problem } : { kind: "extent", extent };
}

/**
 * The four coordinate inputs. They keep their own text, so a half-typed or invalid
 * extent is shown with its problem and never reaches the form; each valid change does.
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
  const [local, setLocal] = useState(() => ({ texts: textsOf(value), basis: value }));
  if (!sameExtent(local.basis, value)) {
    setLocal({ texts: textsOf(value), basis: value });
  }

  const reading = readTexts(local.texts);
  // A stored extent that breaks the rules is explained by the warning, not here.
  const problem =
    reading.kind === "problem" && !sameTexts(local.texts, textsOf(value)) ? reading.problem : null;
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
    const next = readTexts(texts);
    if (next.kind === "empty") {
      setLocal({ texts, basis: null });
      if (value !== null) onChange(null);
      return;
    }
    if (next.kind === "extent") {
      const rounded = roundChangedCoordinates(value, next.extent);
      if (!sameExtent(rounded, value)) {
        setLocal({ texts, basis: rounded });
        onChange(rounded);
        return;
      }
    }
    setLocal({ texts, basis: value });
  }

  function tidy() {
    if (problem === null) setLocal({ texts: textsOf(value), basis: value });
  }

  return (
    <div className="extent-inputs">
      {extentSides.map((side) => {
        const inputId = inputIdOf(side);
        const faulty = problem?.sides.includes(side) ?? false;
        const describedBy = [faulty ? problemId : null, errorId ?? null].filter(Boolean).join(" ");
        return (
          <div key={side} className="extent-inputs__field">
            <label htmlFor={inputId}>{sideLabels[side]}</label>
            <input
              id={inputId}
              type="number"
              inputMode="decimal"
              step="any"
              min={-ranges[side]}
              max={ranges[side]}
              value={local.texts[side]}
              disabled={disabled}
              aria-invalid={faulty || errorId !== undefined ? true : undefined}
              aria-describedby={describedBy || undefined}
              onChange={(e) => edit(side, e.target.value)}
              onBlur={tidy}
            />
          </div>
        );
      })}
      {problem && (
        <p id={problemId} className="extent-inputs__problem">
          {problem.message}
        </p>
      )}
    </div>
  );
}
