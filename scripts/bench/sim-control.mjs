// The stand-in's control API, as far as the bench needs it: reset and the request log.
import { API_URL } from "./config.mjs";

export async function resetSim() {
  const response = await fetch(`${API_URL}/__sim/reset`, { method: "POST" });
  if (!response.ok) throw new Error(`POST /__sim/reset: ${response.status}`);
}

/** @returns {Promise<Array<{ method: string, path: string, query: Record<string, string>, status: number | null }>>} */
export async function loggedRequests() {
  const response = await fetch(`${API_URL}/__sim/requests`);
  if (!response.ok) throw new Error(`GET /__sim/requests: ${response.status}`);
  return response.json();
}

/** Waits until the app has sent nothing new for quietMs (and nothing is still running), up to timeoutMs. */
export async function waitForQuiet(quietMs = 600, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let count = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const requests = await loggedRequests();
    const busy = requests.some((request) => request.status === null);
    if (requests.length !== count || busy) {
      count = requests.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return requests;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return loggedRequests();
}
