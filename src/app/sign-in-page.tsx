import { useState } from "react";
import { useSignIn } from "../auth/use-sign-in";
import { useDocumentTitle } from "../ui/use-document-title";

export function SignInPage() {
  const signIn = useSignIn();
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle("Sign in");
  return (
    <section className="sign-in-page" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">iModel Admin</h1>
      <p>Sign in with your iTwin Platform account to browse and edit your iModels.</p>
      <button
        type="button"
        className="button-primary"
        onClick={() =>
          signIn().catch(() =>
            setError(
              "The sign-in service could not be reached. Check your connection and try again.",
            ),
          )
        }
      >
        Sign in
      </button>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
