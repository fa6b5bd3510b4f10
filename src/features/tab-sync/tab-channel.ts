import type { IModel } from "../../api/imodels";

/**
 * What one tab tells the user's other tabs of this app, so they agree within moments:
 * a star or a save the server confirmed, and a sign-out. Each tab has its own tokens
 * (sessionStorage), so only this channel links them.
 */
export type TabMessage =
  | { type: "favorite"; iModel: IModel; favorite: boolean }
  | { type: "saved"; iModel: IModel }
  | { type: "signedOut" };

const CHANNEL_NAME = "imodel-admin.tabs";

let channel: BroadcastChannel | null | undefined;

function theChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(CHANNEL_NAME) : null;
  }
  return channel;
}

/** Best effort: a browser without BroadcastChannel keeps each tab on its own. */
export function tellOtherTabs(message: TabMessage): void {
  try {
    theChannel()?.postMessage(message);
  } catch {
    // A message that cannot be cloned or a closed channel: the other tabs catch up on their next read.
  }
}

export function onOtherTabMessage(listener: (message: TabMessage) => void): () => void {
  const current = theChannel();
  if (!current) return () => {};
  const onMessage = (event: MessageEvent<TabMessage>) => listener(event.data);
  current.addEventListener("message", onMessage);
  return () => current.removeEventListener("message", onMessage);
}
