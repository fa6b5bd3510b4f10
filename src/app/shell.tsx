import { useIsAuthenticated, useMsal } from "@azure/msal-react";
import { Link, Outlet, ScrollRestoration } from "react-router";
import { useRateLimitDeadline } from "../api/use-rate-limit-deadline";
import { useSignOut } from "../auth/use-sign-in";
import { SignInAgainBanner } from "../auth/sign-in-again-banner";
import { OfflineNotice } from "../ui/offline-notice";
import { RateLimitNotice } from "../ui/rate-limit-notice";
import { SignInPage } from "./sign-in-page";
import { useFocusOnNewPage } from "./use-focus-on-new-page";

export function Shell() {
  const isAuthenticated = useIsAuthenticated();
  const { instance } = useMsal();
  const signOut = useSignOut();
  const account = instance.getActiveAccount();
  const rateLimitedUntil = useRateLimitDeadline();
  useFocusOnNewPage();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="app-title">
          iModel Admin
        </Link>
        {isAuthenticated && account ? (
          <div className="user">
            <span className="user-name">{account.name ?? account.username}</span>
            <button type="button" className="button-secondary" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        ) : null}
      </header>
      <div className="notices">
        <OfflineNotice />
        <RateLimitNotice until={rateLimitedUntil} />
        <SignInAgainBanner />
      </div>
      <main id="main" tabIndex={-1}>
        {isAuthenticated ? <Outlet /> : <SignInPage />}
      </main>
      <ScrollRestoration />
    </>
  );
}

/**
 * Shown while the first page's code arrives: the shell that index.html paints, so nothing moves
 * between it, this and the app.
 */
export function StartingShell() {
  return (
    <>
      <header className="app-header">
        <span className="app-title">iModel Admin</span>
      </header>
      <main id="main">
        <p className="page-loading">Loading…</p>
      </main>
    </>
  );
}
