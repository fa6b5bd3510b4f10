/** A tiny HTTPS client with a cookie jar, trusting one certificate: for the sign-in flow tests. */
import { request } from "node:https";

export interface SimpleResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** oidc-provider's "Submitting Callback" page: one form that a script posts at once. */
function selfSubmittingForm(
  html: string,
): { action: string; fields: Record<string, string> } | undefined {
  if (!html.includes("document.forms[0].submit()")) return undefined;
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) return undefined;
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)) {
    fields[match[1] as string] = match[2] as string;
  }
  return { action, fields };
}

export class HttpsBrowser {
  private cookies = new Map<string, string>();

  constructor(private readonly ca: string) {}

  async send(
    url: string,
    init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<SimpleResponse> {
    const body = init.form ? new URLSearchParams(init.form).toString() : undefined;
    const headers: Record<string, string> = { ...init.headers };
    if (body !== undefined) headers["content-type"] = "application/x-www-form-urlencoded";
    if (this.cookies.size)
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await new Promise<SimpleResponse>((resolve, reject) => {
      const req = request(
        url,
        { method: init.method ?? (body ? "POST" : "GET"), headers, ca: this.ca },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString("utf8"),
            }),
          );
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
    const setCookie = response.headers["set-cookie"];
    this.remember(typeof setCookie === "string" ? [setCookie] : setCookie);
    return response;
  }

  /**
   * Follows redirects, and self-submitting forms as a browser's script would, on the same
   * origin; stops at the first other answer or when leaving the origin.
   */
  async follow(
    url: string,
    init?: Parameters<HttpsBrowser["send"]>[1],
  ): Promise<{ response: SimpleResponse; url: string }> {
    let current = url;
    let response = await this.send(current, init);
    for (let hops = 0; hops < 12; hops += 1) {
      let next: string;
      let form: Record<string, string> | undefined;
      if (response.status >= 300 && response.status < 400) {
        next = new URL(response.headers.location as string, current).href;
      } else {
        const autoPost = selfSubmittingForm(response.text);
        if (response.status !== 200 || !autoPost) break;
        next = new URL(autoPost.action, current).href;
        form = autoPost.fields;
      }
      if (new URL(next).origin !== new URL(url).origin) return { response, url: next };
      current = next;
      response = await this.send(current, form ? { form } : {});
    }
    return { response, url: current };
  }

  private remember(setCookie: string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair = "", ...attributes] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some(
        (a) => /expires=/i.test(a) && new Date(a.split("=")[1] ?? "").getTime() < Date.now(),
      );
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
