import { z } from "zod";

const httpsOrLocalUrl = z
  .url({ protocol: /^https?$/ })
  .refine(
    (value) => {
      const url = new URL(value);
      return url.protocol === "https:" || ["localhost", "127.0.0.1"].includes(url.hostname);
    },
    { message: "must use https (plain http is allowed only on localhost)" },
  );

export const configSchema = z.object({
  authority: httpsOrLocalUrl.refine((value) => value.startsWith("https:"), {
    message: "MSAL accepts only an https authority",
  }),
  clientId: z.string().min(1),
  scopes: z.array(z.string().min(1)).min(1),
  apiBaseUrl: httpsOrLocalUrl,
  /** Paths on this app's origin; MSAL needs absolute URLs, made at start. */
  redirectPath: z.string().startsWith("/").default("/redirect.html"),
  postLogoutRedirectPath: z.string().startsWith("/").default("/"),
  tileUrl: z.string().min(1),
  tileAttribution: z.string().default(""),
  requestTimeoutMs: z.number().int().positive().default(30_000),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
    this.name = "ConfigError";
  }
}

export function parseConfig(raw: unknown): AppConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(
      "config.json is not valid",
      result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
    );
  }
  return result.data;
}

/** Reads the deployment's config.json, served beside index.html, so one build fits any environment. */
export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetchImpl("/config.json", { cache: "no-store" });
  } catch {
    throw new ConfigError("config.json could not be loaded", ["the server did not answer"]);
  }
  if (!response.ok) {
    throw new ConfigError("config.json could not be loaded", [`the server answered ${response.status}`]);
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new ConfigError("config.json is not valid", ["it is not JSON"]);
  }
  return parseConfig(raw);
}
