import { useMsal } from "@azure/msal-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useConfig } from "../config-context";
import { sessionStatus, useSignInRequired } from "./session-status";
import { signInAgain } from "./sign-in-again";

/** When the provider needs the user again, the page stays as it is and this banner offers to sign in. */
export function SignInAgainBanner() {
  const required = useSignInRequired();
  const { instance } = useMsal();
  const { scopes } = useConfig();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  if (!required) return null;
  const onSignInAgain = async () => {
    setError(null);
    try {
      if ((await signInAgain(instance, scopes)) === "redirecting") return;
      sessionStatus.markSignedIn();
      await queryClient.refetchQueries({
        type: "active",
        predicate: (query) => query.state.status === "error",
      });
    } catch {
      setError("Signing in did not finish. Your changes are still here; try again.");
    }
  };
  return (
    <div className="notice notice-warning" role="alert">
      <span>Your sign-in has expired. Your unsaved changes are kept.</span>{" "}
      <button type="button" className="button-primary" onClick={() => void onSignInAgain()}>
        Sign in again
      </button>
      {error ? <span className="error-text"> {error}</span> : null}
    </div>
  );
}
