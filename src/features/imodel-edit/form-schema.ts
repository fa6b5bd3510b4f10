import { z } from "zod/mini";
import { extentSchema, type Extent } from "../extent/extent";
import { validateExtent } from "../extent/extent-rules";
import { formatCount } from "../../ui/format-number";

export const NAME_MAX = 255;
export const DESCRIPTION_MAX = 255;
/** From this many characters on the field shows how many are left. */
export const COUNTER_FROM = 200;

function tooLong(label: string, length: number, max: number): string {
  return `${label} is ${formatCount(length)} characters long; at most ${formatCount(max)} are allowed. Remove ${formatCount(length - max)}.`;
}

/**
 * Mirrors the service's rules. An extent the user did not change is not checked: the
 * service stores whatever it was sent, and a broken stored extent must not block saving
 * a new name.
 */
export function createFormSchema(isExtentUnchanged: (extent: Extent | null) => boolean) {
  return z.object({
    name: z.string().check(
      // Checked as it will be sent: trimmed (the service would refuse a name of only spaces).
      z.superRefine((typed, ctx) => {
        const name = typed.trim();
        if (name === "")
          ctx.addIssue({
            code: "custom",
            message: "Enter a name: it cannot be empty or only spaces.",
          });
        else if (name.length > NAME_MAX)
          ctx.addIssue({ code: "custom", message: tooLong("The name", name.length, NAME_MAX) });
      }),
    ),
    description: z.string().check(
      z.superRefine((description, ctx) => {
        if (description.length > DESCRIPTION_MAX) {
          ctx.addIssue({
            code: "custom",
            message: tooLong("The description", description.length, DESCRIPTION_MAX),
          });
        }
      }),
    ),
    extent: z.nullable(extentSchema).check(
      z.superRefine((extent, ctx) => {
        if (extent === null || isExtentUnchanged(extent)) return;
        const problem = validateExtent(extent);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    ),
  });
}
