import { extentSides, sideLabels, type Extent } from "./extent";
import { fixExtent, problemsOfStoredExtent, validateExtent } from "./extent-rules";

type StoredExtentWarningProps = {
  value: Extent | null;
  onFix(fixed: Extent): void;
  disabled: boolean;
};

/** Explains what is wrong with an extent the service stored, and offers the repair. */
export function StoredExtentWarning({ value, onFix, disabled }: StoredExtentWarningProps) {
  const problems = value ? problemsOfStoredExtent(value) : [];
  if (value === null || problems.length === 0) return null;
  const fixed = fixExtent(value);
  const fixable = validateExtent(fixed) === null;
  return (
    <div className="extent-editor__warning">
      <p>The stored extent is not valid:</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      {!fixable ? (
        <p>It cannot be fixed automatically: type or draw a new extent, or clear it.</p>
      ) : (
        !disabled && (
          <p>
            <button type="button" onClick={() => onFix(fixed)}>
              Fix extent
            </button>{" "}
            sets it to {extentSides.map((side) => `${sideLabels[side]} ${fixed[side]}`).join(", ")}.
          </p>
        )
      )}
    </div>
  );
}
