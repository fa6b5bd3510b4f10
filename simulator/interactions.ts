import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import type { InteractionDetails } from "oidc-provider";
import { errorPage, loginPage } from "./idp-pages";
import { DEV_CLIENT_ID } from "./seed-ids";
import { TEST_USERS, findUser } from "./users";

const ROUTE = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/;

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) break;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/** Consent is given at once: the grant gets whatever the provider says is missing. */
async function autoConsent(provider: Provider, details: InteractionDetails): Promise<string> {
  const accountId = details.session?.accountId as string;
  const clientId = details.params.client_id as string;
  const grant =
    (details.grantId && (await provider.Grant.find(details.grantId))) ||
    new provider.Grant({ accountId, clientId });
  const missing = details.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(" "));
  }
  return grant.save();
}

/**
 * The provider's interaction pages: a sign-in page listing the test users, and automatic
 * consent. Returns false for any other path.
 */
export function createInteractionHandler(provider: Provider) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? "/", "https://localhost");
    const match = ROUTE.exec(url.pathname);
    if (!match) return false;
    const isLogin = Boolean(match[2]);
    try {
      const details = await provider.interactionDetails(req, res);
      if (isLogin) {
        if (req.method !== "POST") {
          sendHtml(res, 405, errorPage("Method not allowed", { method: req.method ?? "" }));
          return true;
        }
        const user = findUser((await readForm(req)).get("user") ?? "");
        if (!user) {
          sendHtml(
            res,
            400,
            errorPage("Unknown test user", { allowed: TEST_USERS.map((u) => u.key).join(", ") }),
          );
          return true;
        }
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: user.key } },
          { mergeWithLastSubmission: false },
        );
        return true;
      }
      if (details.prompt.name === "login") {
        const clientName =
          details.params.client_id === DEV_CLIENT_ID ? "iModel Admin (local)" : "An application";
        sendHtml(res, 200, loginPage(`/interaction/${details.uid}/login`, TEST_USERS, clientName));
        return true;
      }
      if (details.prompt.name === "consent") {
        const grantId = await autoConsent(provider, details);
        await provider.interactionFinished(
          req,
          res,
          { consent: { grantId } },
          { mergeWithLastSubmission: true },
        );
        return true;
      }
      sendHtml(res, 400, errorPage("Unsupported interaction", { prompt: details.prompt.name }));
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      sendHtml(
        res,
        400,
        errorPage("Sign-in could not continue", {
          reason: message,
          hint: "Start the sign-in again from the app.",
        }),
      );
      return true;
    }
  };
}
