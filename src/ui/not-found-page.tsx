import { Link } from "react-router";
import { useDocumentTitle } from "./use-document-title";
import { paths } from "../paths";

export function NotFoundPage({ what = "page" }: { what?: string }) {
  useDocumentTitle("Not found");
  return (
    <section className="page" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Not found</h1>
      <p>This {what} does not exist, or you do not have access to it.</p>
      <Link to={paths.start.href()}>Back to the iModels</Link>
    </section>
  );
}
