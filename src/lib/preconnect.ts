const opened = new Set<string>();

/**
 * Asks the browser to open a connection to the origin of `url` before its first request: a map
 * tile server is another origin, and its first tile, the detail page's largest paint, would
 * otherwise wait for DNS, TCP and TLS. Once per origin; nothing for the page's own origin or for
 * a host that is still a template (`{s}.tile.example.org`).
 */
export function preconnect(url: string): void {
  let origin: string;
  try {
    origin = new URL(url, document.baseURI).origin;
  } catch {
    return;
  }
  if (origin === "null" || origin === window.location.origin || origin.includes("{")) return;
  if (opened.has(origin)) return;
  opened.add(origin);
  const link = document.createElement("link");
  link.rel = "preconnect";
  link.href = origin;
  document.head.append(link);
}
