import { z } from "zod/mini";

// Our Content-Security-Policy forbids eval: zod must not even probe for it (the probe is a CSP violation).
z.config({ jitless: true });

const isHttpsOrLocal = (value: string) => {
  // Runs even when the url check failed (zod reports every problem): no throwing here.
  if (!URL.canParse(value)) return true;
  const url = new URL(value);
  return url.protocol === "https:" || ["localhost", "127.0.0.1"].includes(url.hostname);
};
const httpsOrLocalUrl = () =>
  z
    .url({ protocol: /^https?$/ })
    .check(z.refine(isHttpsOrLocal, "must use https (plain http is allowed only on localhost)"));

/** Attribution is text, never markup: Trusted Types would refuse it, and config.json is no place for HTML. */
const attributionText = z
  .string()
  .check(
    z.refine(
      (value) => !/[<>]|&#?\w+;/.test(value),
      'is shown as text: write a link as {"text": …, "href": …} (docs/deployment.md)',
    ),
  );
const attributionLink = z.object({
  text: attributionText.check(z.minLength(1)),
  href: z.url({ protocol: /^https?$/ }),
});

/** A tile server's credit: text, or a list of text and links shown in a row. */
const tileAttribution = z.union([
  attributionText,
  z.array(z.union([attributionText, attributionLink])),
]);
export type TileAttribution = z.infer<typeof tileAttribution>;

export const configSchema = z.object({
  authority: httpsOrLocalUrl().check(
    z.refine((value) => value.startsWith("https:"), "MSAL accepts only an https authority"),
  ),
  clientId: z.string().check(z.minLength(1)),
  scopes: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  apiBaseUrl: httpsOrLocalUrl(),
  /** Paths on this app's origin; MSAL needs absolute URLs, made at start. */
  redirectPath: z._default(z.string().check(z.startsWith("/")), "/redirect.html"),
  postLogoutRedirectPath: z._default(z.string().check(z.startsWith("/")), "/"),
  tileUrl: z.string().check(z.minLength(1)),
  tileAttribution: z._default(tileAttribution, ""),
  requestTimeoutMs: z._default(z.int().check(z.positive()), 30_000),
  /** A Nominatim-compatible search API ("Find a place" on the extent map); empty: the feature is off. */
  geocoderUrl: z._default(z.union([z.literal(""), httpsOrLocalUrl()]), ""),
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
    // The server marks it no-cache, and index.html preloads it with these same request options.
    response = await fetchImpl("/config.json");
  } catch {
    throw new ConfigError("config.json could not be loaded", ["the server did not answer"]);
  }
  if (!response.ok) {
    throw new ConfigError("config.json could not be loaded", [
      `the server answered ${response.status}`,
    ]);
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new ConfigError("config.json is not valid", ["it is not JSON"]);
  }
  return parseConfig(raw);
}
