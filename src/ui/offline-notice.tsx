import { onlineManager } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";

export function OfflineNotice() {
  const online = useSyncExternalStore(onlineManager.subscribe.bind(onlineManager), () =>
    onlineManager.isOnline(),
  );
  if (online) return null;
  return (
    <p className="notice notice-warning" role="status">
      You are offline. Your changes are kept and will be sent when the connection is back.
    </p>
  );
}
