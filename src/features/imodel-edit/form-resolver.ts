import type { FieldErrors, ResolverOptions, ResolverResult } from "react-hook-form";
import type { z } from "zod/mini";
import type { FieldName, FormValues } from "./form-values";

/**
 * react-hook-form's resolver for the form schema: each field gets the first issue zod
 * raised for it (its type and message), as @hookform/resolvers' zod resolver gives them.
 * Written here because the form's fields are all top-level and each check is synchronous,
 * so that resolver's nesting, async and criteria modes only added weight to the page.
 */
export function resolveForm(
  schema: z.ZodMiniType<FormValues>,
  values: FormValues,
  options: ResolverOptions<FormValues>,
): ResolverResult<FormValues> {
  const result = schema.safeParse(values);
  if (result.success) return { values: result.data, errors: {} };
  const errors: FieldErrors<FormValues> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]) as FieldName;
    errors[field] ??= {
      type: issue.code,
      message: issue.message,
      ref: options.fields[field]?.ref,
    };
  }
  return { values: {}, errors };
}
