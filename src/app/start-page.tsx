import { Link, useSearchParams } from "react-router";
import { ITwinDirectory } from "../features/itwins/itwin-directory";
import { ITwinPicker } from "../features/itwins/itwin-picker";
import { lastITwin } from "../features/itwins/last-itwin";
import { useITwinSections } from "../features/itwins/use-itwin-sections";
import { CheckboxField } from "../ui/checkbox-field";
import { useDocumentTitle } from "../ui/use-document-title";
import { paths } from "../paths";

/** In the address, so a reload or Back keeps the inactive iTwins shown. */
const INACTIVE_PARAM = "inactive";

export function StartPage() {
  useDocumentTitle("Choose an iTwin");
  const [search, setSearch] = useSearchParams();
  const includeInactive = search.get(INACTIVE_PARAM) === "1";
  const { all, sections } = useITwinSections({ includeInactive, mode: "complete" });
  const lastId = lastITwin.get();
  const last = all.data?.find((iTwin) => iTwin.id === lastId);
  return (
    <section aria-labelledby="start-heading" className="page">
      <h1 id="start-heading">Choose an iTwin</h1>
      <p className="page-lead">
        An iTwin holds iModels. Choose one to see its iModels, then open an iModel to rename it,
        describe it, set its extent or mark it as a favorite. Star an iTwin to keep it at the top.
      </p>
      <div className="start-tools">
        <ITwinPicker includeInactive={includeInactive} />
        <CheckboxField
          label="Show inactive"
          checked={includeInactive}
          onChange={(show) =>
            setSearch(
              (params) => {
                if (show) params.set(INACTIVE_PARAM, "1");
                else params.delete(INACTIVE_PARAM);
                return params;
              },
              { replace: true },
            )
          }
        />
      </div>
      {last ? (
        <p>
          Continue with <Link to={paths.iModels.href(last.id)}>{last.displayName}</Link>
        </p>
      ) : null}
      {sections && sections.length > 0 ? (
        <ITwinDirectory sections={sections} includeInactive={includeInactive} />
      ) : null}
      {sections && sections.length === 0 ? (
        <p className="empty-state">
          You have no iTwins yet. Ask your iTwin's administrator to add you.
        </p>
      ) : null}
    </section>
  );
}
