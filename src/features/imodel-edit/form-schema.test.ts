import { describe, expect, it } from "vitest";
import { createFormSchema, NAME_MAX } from "./form-schema";

const schema = createFormSchema(() => true);
const values = (name: string) => ({ name, description: "", extent: null });
const nameErrors = (name: string) => {
  const result = schema.safeParse(values(name));
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("the name's rules", () => {
  it("refuses a name of only spaces, as the service would", () => {
    for (const blank of ["", " ", "   \t  "]) {
      expect(nameErrors(blank), JSON.stringify(blank)).toEqual([
        "Enter a name: it cannot be empty or only spaces.",
      ]);
    }
  });

  it("counts the length after trimming", () => {
    expect(nameErrors(`  ${"a".repeat(NAME_MAX)}  `)).toEqual([]);
    expect(nameErrors(` ${"a".repeat(NAME_MAX + 1)} `)[0]).toMatch(/256 characters long/);
  });
});
