/**
 * Whether the URL is on this machine (localhost, 127.0.0.0/8, ::1): the stand-in's identity
 * provider, whose self-signed certificate a fresh browser has not accepted yet.
 */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "[::1]" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}
