import { useMsal } from "@azure/msal-react";
import SvgList from "@itwin/itwinui-icons-react/SvgList";
import { lazy, Suspense } from "react";
import { Link, Outlet, ScrollRestoration } from "react-router";
import { useRateLimitDeadline } from "../api/use-rate-limit-deadline";
import { useSignOut } from "../auth/use-sign-in";
import { SignInAgainBanner } from "../auth/sign-in-again-banner";
import { OfflineNotice } from "../ui/offline-notice";
import { RateLimitNotice } from "../ui/rate-limit-notice";
import { ThemeSwitch } from "../ui/theme-switch";
import { useThemeChoice } from "../ui/use-theme-choice";
import { UserMenu } from "../ui/user-menu";
import { SignInPage } from "./sign-in-page";
import { useFocusOnNewPage } from "./use-focus-on-new-page";
import { paths } from "../paths";
import { useJobPresence } from "../features/bulk/job-presence";

// Loaded only while the tab has a bulk job (main.tsx resumes a stored one on any page).
const JobIndicator = lazy(() => import("../features/bulk/job-indicator"));

export function Shell() {
  // MSAL has started before the app renders (main.tsx), so its active account is known at the
  // first render; useIsAuthenticated reads false until MsalProvider's start-up effect has run,
  // which showed the sign-in page for a frame on every load. useMsal re-renders on sign-in changes.
  const { instance } = useMsal();
  const signOut = useSignOut();
  const account = instance.getActiveAccount();
  const rateLimitedUntil = useRateLimitDeadline();
  const [theme, setTheme] = useThemeChoice();
  useFocusOnNewPage();
  const signedIn = account !== null;
  const hasJob = useJobPresence();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to={paths.start.href()} className="app-title">
          iModel Admin
        </Link>
        <div className="header-end">
          {signedIn && hasJob ? (
            <Suspense fallback={null}>
              <JobIndicator />
            </Suspense>
          ) : null}
          {signedIn ? (
            <Link to={paths.start.href()} className="header-link">
              <SvgList aria-hidden="true" />
              <span className="header-link-text">iTwins</span>
            </Link>
          ) : null}
          <ThemeSwitch value={theme} onChange={setTheme} />
          {signedIn ? (
            <UserMenu name={account.name ?? account.username} onSignOut={() => void signOut()} />
          ) : null}
        </div>
      </header>
      <div className="notices">
        <OfflineNotice />
        <RateLimitNotice until={rateLimitedUntil} />
        <SignInAgainBanner />
      </div>
      <main id="main" tabIndex={-1}>
        {signedIn ? <Outlet /> : <SignInPage />}
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
