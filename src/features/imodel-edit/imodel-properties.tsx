import { Fragment, type ReactNode } from "react";
import { Link } from "react-router";
import type { IModel } from "../../api/imodels";
import { formatDateTime } from "../../ui/format-date";
import { fromApiExtent } from "../extent/extent";
import { describeValue } from "./describe-value";

const STATE_LABELS: Record<string, string> = {
  initialized: "Initialized",
  notInitialized: "Not initialized (its first file is still being processed)",
};

const LINK_LABELS: Record<string, string> = {
  creator: "Creator",
  changesets: "Changesets",
  namedVersions: "Named versions",
};

function DateTime({ iso, none }: { iso: string | null | undefined; none: string }) {
  if (!iso) return <>{none}</>;
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}

/** Every property of the iModel, as text: names and descriptions may hold markup-looking text. */
export function IModelProperties({ iModel }: { iModel: IModel }) {
  const links = Object.entries(iModel._links ?? {}).filter(
    (entry): entry is [string, { href: string }] => Boolean(entry[1]?.href),
  );
  const rows: [string, ReactNode][] = [
    ["Description", iModel.description ?? "No description"],
    ["State", STATE_LABELS[iModel.state] ?? iModel.state],
    ["Data center", iModel.dataCenterLocation ?? "—"],
    ["Created", <DateTime key="created" iso={iModel.createdDateTime} none="—" />],
    [
      "Last change",
      <DateTime
        key="changed"
        iso={iModel.lastChangesetPushDateTime}
        none="No changes pushed yet"
      />,
    ],
    [
      "Secured",
      iModel.isSecured
        ? "Yes: permissions are set on this iModel"
        : "No: the iTwin's permissions apply",
    ],
    [
      "iTwin",
      <>
        <code>{iModel.iTwinId}</code> (
        <Link to={`/itwins/${encodeURIComponent(iModel.iTwinId)}`}>its iModels</Link>)
      </>,
    ],
    ["iModel id", <code key="id">{iModel.id}</code>],
    ["Saved extent", describeValue("extent", iModel.extent ? fromApiExtent(iModel.extent) : null)],
  ];
  if (iModel.containersEnabled !== undefined)
    rows.push(["Containers enabled", String(iModel.containersEnabled)]);
  if (links.length > 0) {
    rows.push([
      "Links",
      <ul key="links" className="imodel-links">
        {links.map(([name, link]) => (
          <li key={name}>
            {LINK_LABELS[name] ?? name}: <code>{link.href}</code>
          </li>
        ))}
      </ul>,
    ]);
  }

  return (
    <section className="imodel-properties" aria-labelledby="imodel-properties-heading">
      <h2 id="imodel-properties-heading">Properties</h2>
      <dl className="properties">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
