import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { rereadIModel } from "../../api/imodels";
import { toFormValues, type FormValues } from "./form-values";
import { readSentSaves, settleEarlierSaves, unconfirmedFromEarlierPage } from "./sent-saves";

/** Past the request timeout, a save's answer cannot come any more; a little more for the clock. */
const MARGIN_MS = 500;

/**
 * A save sent before the reload whose answer never came may still land. The user is told,
 * the next save waits until it must have been answered or timed out, and a re-read then
 * tells whether it landed (then it is the user's own value, not someone else's).
 */
export function useEarlierSave(iModelId: string, requestTimeoutMs: number) {
  const queryClient = useQueryClient();
  const [deadline] = useState(() => {
    const earlier = unconfirmedFromEarlierPage(readSentSaves(iModelId));
    if (earlier.length === 0) return 0;
    return Math.max(...earlier.map((save) => save.sentAt)) + requestTimeoutMs + MARGIN_MS;
  });
  const [pending, setPending] = useState(deadline > 0);

  /** Resolves once no earlier save can still be answered (at once when there is none). */
  const waitOut = useCallback(
    (signal: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        const wait = deadline - Date.now();
        if (wait <= 0) return resolve();
        const timer = setTimeout(resolve, wait);
        signal.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(signal.reason);
        });
      }),
    [deadline],
  );

  /** After a re-read that came after the deadline. */
  const settle = useCallback(
    (current: FormValues) => {
      if (Date.now() < deadline) return;
      settleEarlierSaves(iModelId, current);
      setPending(false);
    },
    [deadline, iModelId],
  );

  useEffect(() => {
    if (!pending) return;
    const controller = new AbortController();
    waitOut(controller.signal)
      .then(() => rereadIModel(queryClient, iModelId, controller.signal))
      .then((fresh) => settle(toFormValues(fresh)))
      // Not settled (left, or the re-read failed): the next save checks again.
      .catch(() => {});
    return () => controller.abort();
  }, [iModelId, pending, queryClient, settle, waitOut]);

  return { pending, waitOut, settle };
}
