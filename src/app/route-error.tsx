import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { describeError } from "../api/describe-error";
import { paths } from "../paths";

/** One per route: a failure shows here, never as a white page. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : describeError(error);
  return (
    <section className="page" aria-labelledby="route-error-heading">
      <h1 id="route-error-heading">This page could not be shown</h1>
      <p role="alert">{message}</p>
      <p>
        <button type="button" className="button-secondary" onClick={() => window.location.reload()}>
          Reload
        </button>{" "}
        <Link to={paths.start.href()}>Back to the iModels</Link>
      </p>
    </section>
  );
}
