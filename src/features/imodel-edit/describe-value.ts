import { formatExtent } from "../extent/format-extent";
import type { FieldName, FormValues } from "./form-values";

/** A field's value as words, for places that show two versions side by side. */
export function describeValue<F extends FieldName>(field: F, value: FormValues[F]): string {
  if (field === "extent") {
    const extent = value as FormValues["extent"];
    return extent
      ? `West, South, East, North: ${formatExtent(extent, "wsen").replaceAll(",", ", ")}`
      : "No extent";
  }
  const text = value as string;
  if (text === "") return field === "description" ? "(no description)" : "(empty)";
  return text;
}
