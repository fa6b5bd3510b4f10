import { useCallback, useEffect, useLayoutEffect, useRef } from "react";
import { useBlocker, type BlockerFunction } from "react-router";
import { isPageExitExpected } from "../../auth/page-exit";

/**
 * Asks before leaving with unsaved changes: in-app navigation through the router's
 * blocker (the caller shows the dialog while `blocker.state === "blocked"`), closing or
 * reloading the tab through beforeunload. `shouldBlock` must turn false as soon as a save
 * succeeds, so a successful save never asks.
 */
export function useLeaveGuard(shouldBlock: boolean) {
  const shouldBlockRef = useRef(shouldBlock);
  useLayoutEffect(() => {
    shouldBlockRef.current = shouldBlock;
  }, [shouldBlock]);

  // Read at the moment of navigation, not at the last render, so a save that just finished never asks.
  const blockerFunction = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      shouldBlockRef.current && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(blockerFunction);

  useEffect(() => {
    if (!shouldBlock) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (isPageExitExpected()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [shouldBlock]);

  useEffect(() => {
    if (blocker.state === "blocked" && !shouldBlock) blocker.proceed();
  }, [blocker, shouldBlock]);

  return blocker;
}
