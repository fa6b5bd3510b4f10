import { useState } from "react";
import { isLoopbackUrl } from "../auth/loopback";
import { useSignIn } from "../auth/use-sign-in";
import { useConfig } from "../config-context";
import { useDocumentTitle } from "../ui/use-document-title";

export function SignInPage() {
  const signIn = useSignIn();
  const { authority } = useConfig();
  const [failed, setFailed] = useState(false);
  useDocumentTitle("Sign in");
  const start = () => {
    setFailed(false);
    signIn().catch(() => setFailed(true));
  };
  return (
    <section className="sign-in-page" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">iModel Admin</h1>
      <p>Sign in with your iTwin Platform account to browse and edit your iModels.</p>
      <button type="button" className="button-primary" onClick={start}>
        Sign in
      </button>
      {failed ? (
        <div className="error-box sign-in-help" role="alert">
          {isLoopbackUrl(authority) ? (
            <LoopbackHelp authority={authority} />
          ) : (
            <p>The sign-in service could not be reached. Check your connection and try again.</p>
          )}
          <button type="button" className="button-secondary" onClick={start}>
            Try again
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** The local stand-in's provider has a self-signed certificate a fresh browser has not accepted. */
function LoopbackHelp({ authority }: { authority: string }) {
  return (
    <>
      <p>
        The local sign-in service could not be reached. Most often the browser has not accepted its
        certificate yet:
      </p>
      <ol>
        <li>
          Open{" "}
          <a href={authority} target="_blank" rel="noreferrer">
            {authority}
          </a>{" "}
          (a new tab) and accept its certificate.
        </li>
        <li>Come back here and choose Try again.</li>
      </ol>
    </>
  );
}
