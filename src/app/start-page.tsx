import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { iTwinQueries } from "../api/itwins";
import { ITwinPicker } from "../features/itwins/itwin-picker";
import { lastITwin } from "../features/itwins/last-itwin";
import { useDocumentTitle } from "../ui/use-document-title";
import { paths } from "../paths";
import { formatCount } from "../ui/format-number";

export function StartPage() {
  useDocumentTitle("Choose an iTwin");
  const iTwins = useQuery(iTwinQueries.mine());
  const lastId = lastITwin.get();
  const last = iTwins.data?.find((iTwin) => iTwin.id === lastId);
  return (
    <section aria-labelledby="start-heading" className="page">
      <h1 id="start-heading">Choose an iTwin</h1>
      <p className="page-lead">
        An iTwin holds iModels. Choose one to see its iModels, then open an iModel to rename it,
        describe it, set its extent or mark it as a favorite.
      </p>
      <ITwinPicker />
      {last ? (
        <p>
          Continue with <Link to={paths.iModels.href(last.id)}>{last.displayName}</Link>
        </p>
      ) : null}
      {iTwins.data && iTwins.data.length > 0 ? (
        <>
          <h2 id="itwins-heading">
            Your iTwins <span className="heading-count">({formatCount(iTwins.data.length)})</span>
          </h2>
          <ul className="itwin-list" aria-labelledby="itwins-heading">
            {iTwins.data.map((iTwin) => (
              <li key={iTwin.id}>
                <Link to={paths.iModels.href(iTwin.id)}>
                  <span className="itwin-list-name">{iTwin.displayName}</span>
                  {iTwin.number || iTwin.geographicLocation ? (
                    <span className="itwin-list-meta">
                      {[iTwin.number, iTwin.geographicLocation].filter(Boolean).join(" · ")}
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {iTwins.data && iTwins.data.length === 0 ? (
        <p className="empty-state">
          You have no iTwins yet. Ask your iTwin's administrator to add you.
        </p>
      ) : null}
    </section>
  );
}
