import { type DistanceUnit, labelledRadius, type TimetableLabels } from "@/lib/book/timetable-format";
import { useIntlLocale } from "@/lib/i18n/use-intl-locale";

/** The look every /book filter shares: 44 px tall, a visible focus ring in the brand's outline colour. */
export const filterInputClass =
  "block min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-sm text-gray-900 focus:border-outline focus:outline-2 focus:outline-outline";
export const filterLabelClass = "block text-sm font-medium";

/** One labelled choice of a /book search form (GET forms: the name is the URL parameter). */
export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  options,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={filterLabelClass}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={filterInputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The "Within" distance choice of the sessions and courts searches (`label`: "Within" in the page's
 * language). The URL keeps kilometres (`km`); a miles broker sees them in rounded miles.
 */
export function DistanceSelect({
  id,
  label,
  distances,
  km,
  unit = "km",
  labels,
}: {
  id: string;
  label: string;
  distances: readonly number[];
  km: number;
  unit?: DistanceUnit;
  /** The server's words for the distances (in the browser); absent, they are made here. */
  labels?: TimetableLabels;
}) {
  const locale = useIntlLocale();
  return (
    <FilterSelect
      id={id}
      name="km"
      label={label}
      defaultValue={String(km)}
      options={distances.map((d) => ({ value: String(d), label: labelledRadius(labels, d, unit, locale) }))}
    />
  );
}
