import type { ITwin } from "../../api/itwins";
import { Link } from "react-router";
import { paths } from "../../paths";
import { formatCount } from "../../ui/format-number";
import { ITwinStar } from "./itwin-star";
import type { ITwinSection } from "./itwin-sections";
import { isInactive } from "./itwin-sections";

function ITwinRow({ iTwin, includeInactive }: { iTwin: ITwin; includeInactive: boolean }) {
  const meta = [iTwin.number, iTwin.geographicLocation].filter(Boolean).join(" · ");
  return (
    <li className="itwin-row">
      <Link to={paths.iModels.href(iTwin.id)} className="itwin-row-link">
        <span className="itwin-list-name">{iTwin.displayName}</span>
        {meta ? <span className="itwin-list-meta">{meta}</span> : null}
        {/* In the link, under the name: a narrow screen keeps the name's width. */}
        {isInactive(iTwin) ? <span className="badge itwin-inactive">Inactive</span> : null}
      </Link>
      <ITwinStar iTwin={iTwin} includeInactive={includeInactive} />
    </li>
  );
}

/** The start page's iTwins, a list per section (Favorites, Recent, All iTwins), each with stars. */
export function ITwinDirectory({
  sections,
  includeInactive,
}: {
  sections: readonly ITwinSection[];
  includeInactive: boolean;
}) {
  return sections.map((section) => {
    const headingId = `itwins-${section.key}`;
    return (
      <section key={section.key} aria-labelledby={headingId} className="itwin-section">
        <h2 id={headingId}>
          {section.label}{" "}
          <span className="heading-count">({formatCount(section.iTwins.length)})</span>
        </h2>
        <ul className="itwin-list" aria-labelledby={headingId}>
          {section.iTwins.map((iTwin) => (
            <ITwinRow key={iTwin.id} iTwin={iTwin} includeInactive={includeInactive} />
          ))}
        </ul>
      </section>
    );
  });
}
