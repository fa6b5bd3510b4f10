import type { ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { createFormSchema, NAME_MAX } from "./form-schema";
import { resolveForm } from "./form-resolver";
import type { FormValues } from "./form-values";

const schema = createFormSchema(() => false);
const nameInput = document.createElement("input");
const options: ResolverOptions<FormValues> = {
  fields: { name: { ref: nameInput, name: "name" } },
  shouldUseNativeValidation: undefined,
};
const extent = { west: 7, south: 46, east: 8, north: 47 };

describe("resolveForm", () => {
  it("passes valid values through with no errors", () => {
    const values = { name: "Bridge", description: "", extent };
    expect(resolveForm(schema, values, options)).toEqual({ values, errors: {} });
  });

  it("gives each invalid field its first issue, with the field's element", () => {
    const { values, errors } = resolveForm(
      schema,
      { name: " ", description: "d".repeat(300), extent: { ...extent, east: 6 } },
      options,
    );
    expect(values).toEqual({});
    expect(errors.name).toEqual({
      type: "custom",
      message: "Enter a name: it cannot be empty or only spaces.",
      ref: nameInput,
    });
    expect(errors.description?.message).toMatch(/300 characters long/);
    expect(errors.extent?.message).toEqual(expect.any(String));
    expect(errors.extent?.ref).toBeUndefined();
  });

  it("keeps the fields that pass out of the errors", () => {
    const { errors } = resolveForm(
      schema,
      { name: "a".repeat(NAME_MAX + 1), description: "", extent: null },
      options,
    );
    expect(Object.keys(errors)).toEqual(["name"]);
  });
});
