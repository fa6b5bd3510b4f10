import type { IncomingMessage } from "node:http";
import type { KoaContextWithOIDC } from "oidc-provider";
import { API_SCOPE } from "./seed-ids";

/** The resource indicator used when the client names none (RFC 8707 needs an absolute URI). */
export const DEFAULT_RESOURCE = "urn:itwin-platform";

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** `resource=itwin-platform` is not an absolute URI; treat it as the default resource. */
function normalizeResource(params: URLSearchParams): boolean {
  const resources = params.getAll("resource");
  if (!resources.includes(API_SCOPE)) return false;
  params.delete("resource");
  for (const resource of resources)
    params.append("resource", resource === API_SCOPE ? DEFAULT_RESOURCE : resource);
  return true;
}

/** oidc-provider knows no `select_account`; its sign-in page is the account chooser, so ask for `login`. */
function selectAccountAsLogin(params: URLSearchParams): boolean {
  const prompt = params.get("prompt");
  if (prompt === null || !prompt.split(" ").includes("select_account")) return false;
  const prompts = new Set(prompt.split(" ").map((p) => (p === "select_account" ? "login" : p)));
  params.set("prompt", [...prompts].join(" "));
  return true;
}

/**
 * Small adaptations so MSAL (and the iTwin habit of naming the resource by its scope) work
 * with oidc-provider:
 * - MSAL re-sends `offline_access` on refresh, which the provider never granted (it grants it
 *   only with prompt=consent), so the refresh would fail: drop it from refresh requests.
 * - `resource=itwin-platform` becomes the default resource indicator.
 * - `prompt=select_account` (MSAL's account picker) shows the sign-in page (`prompt=login`).
 */
export async function adaptClientRequests(
  ctx: KoaContextWithOIDC,
  next: () => Promise<void>,
): Promise<void> {
  const url = new URL(ctx.url, "https://localhost");
  const changedResource = normalizeResource(url.searchParams);
  const changedPrompt = ctx.path === "/auth" && selectAccountAsLogin(url.searchParams);
  if (changedResource || changedPrompt) ctx.url = `${url.pathname}?${url.searchParams.toString()}`;

  if (
    ctx.method === "POST" &&
    ctx.path === "/token" &&
    ctx.is("application/x-www-form-urlencoded")
  ) {
    const params = new URLSearchParams(await readAll(ctx.req));
    const scope = params.get("scope");
    if (params.get("grant_type") === "refresh_token" && scope !== null) {
      params.set(
        "scope",
        scope
          .split(" ")
          .filter((s) => s && s !== "offline_access")
          .join(" "),
      );
    }
    normalizeResource(params);
    // The provider reads an already consumed body from req.body (it warns once about it).
    ctx.req.body = params.toString();
  }
  await next();
}
