/** A tiny HTTPS client with a cookie jar, trusting one certificate: for the sign-in flow tests. */
import { request } from "node:https";

export interface SimpleResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export class HttpsBrowser {
  private cookies = new Map<string, string>();

  constructor(private readonly ca: string) {}

  async send(url: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<SimpleResponse> {
    const body = init.form ? new URLSearchParams(init.form).toString() : undefined;
    const headers: Record<string, string> = { ...init.headers };
    if (body !== undefined) headers["content-type"] = "application/x-www-form-urlencoded";
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await new Promise<SimpleResponse>((resolve, reject) => {
      const req = request(url, { method: init.method ?? (body ? "POST" : "GET"), headers, ca: this.ca }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(body);
    });
    const setCookie = response.headers["set-cookie"];
    this.remember(typeof setCookie === "string" ? [setCookie] : setCookie);
    return response;
  }

  /** Follows redirects on the same origin; stops at the first answer that is not a redirect or leaves it. */
  async follow(url: string, init?: Parameters<HttpsBrowser["send"]>[1]): Promise<{ response: SimpleResponse; url: string }> {
    let current = url;
    let response = await this.send(current, init);
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops += 1) {
      const next = new URL(response.headers.location as string, current).href;
      if (new URL(next).origin !== new URL(url).origin) return { response, url: next };
      current = next;
      response = await this.send(current);
    }
    return { response, url: current };
  }

  private remember(setCookie: string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair = "", ...attributes] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /expires=/i.test(a) && new Date(a.split("=")[1] ?? "").getTime() < Date.now());
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
