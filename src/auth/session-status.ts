import { useSyncExternalStore } from "react";

/** Whether the identity provider wants the user to sign in again; pages stay as they are meanwhile. */
let signInRequired = false;
const listeners = new Set<() => void>();

export const sessionStatus = {
  markSignInRequired(): void {
    if (signInRequired) return;
    signInRequired = true;
    listeners.forEach((listener) => listener());
  },
  markSignedIn(): void {
    if (!signInRequired) return;
    signInRequired = false;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isSignInRequired: () => signInRequired,
};

export function useSignInRequired(): boolean {
  return useSyncExternalStore(sessionStatus.subscribe, sessionStatus.isSignInRequired);
}
