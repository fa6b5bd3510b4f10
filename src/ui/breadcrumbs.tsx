import SvgChevronRightSmall from "@itwin/itwinui-icons-react/SvgChevronRightSmall";
import { Link } from "react-router";

export type Crumb = { label: string; to?: string };

/** Where the page sits: each level above it a link, the page itself last (aria-current). */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumbs">
      <ol>
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`}>
            {index > 0 ? <SvgChevronRightSmall aria-hidden="true" /> : null}
            {item.to ? (
              <Link to={item.to}>{item.label}</Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
