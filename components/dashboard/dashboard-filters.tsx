import Link from "next/link";
import {
  ARTICLE_STATE_LABELS,
  ARTICLE_STATES,
  dashboardHref,
  type ArticleState,
  type DashboardFilter,
} from "./dashboard-filter";

type Option = { label: string; filter: DashboardFilter; isCurrent: boolean };

/** Two groups of links (who, state); each keeps the other group's choice. */
export function DashboardFilters({ filter }: { filter: DashboardFilter }) {
  const whoOptions: Option[] = [
    { label: "All articles", filter: { ...filter, isAssignedToMe: false }, isCurrent: !filter.isAssignedToMe },
    { label: "Assigned to me", filter: { ...filter, isAssignedToMe: true }, isCurrent: filter.isAssignedToMe },
  ];
  const states: (ArticleState | null)[] = [null, ...ARTICLE_STATES];
  const stateOptions: Option[] = states.map((state) => ({
    label: state ? ARTICLE_STATE_LABELS[state] : "Any state",
    filter: { ...filter, state },
    isCurrent: filter.state === state,
  }));
  return (
    <nav aria-label="Filter articles" className="flex flex-wrap gap-x-6 gap-y-2">
      <FilterGroup label="Show" options={whoOptions} />
      <FilterGroup label="State" options={stateOptions} />
    </nav>
  );
}

function FilterGroup({ label, options }: { label: string; options: Option[] }) {
  return (
    <div className="flex flex-wrap items-center gap-1 text-sm">
      <span className="mr-1 text-stone-600" id={`filter-${label.toLowerCase()}`}>{label}:</span>
      <ul className="flex flex-wrap gap-1" aria-labelledby={`filter-${label.toLowerCase()}`}>
        {options.map((option) => (
          <li key={option.label}>
            <Link
              href={dashboardHref(option.filter)}
              // "true" (not "page"): the link is the current choice within its group.
              aria-current={option.isCurrent ? "true" : undefined}
              className={
                option.isCurrent
                  ? "rounded-full bg-stone-900 px-3 py-1 text-white"
                  : "rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-700 hover:bg-stone-100"
              }
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
