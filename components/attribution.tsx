import { useTranslations } from "next-intl";
import type { Attribution } from "@/lib/imin/attribution";

/**
 * "Source: <publisher>", linked to the dataset site: imin's Service Terms (3.7.2) ask for the open
 * dataset's attribution wherever its data is shown (docs/imin/attribution.md). A group of results
 * may come from several datasets: each publisher once. Nothing to attribute, nothing rendered.
 */
export function DataAttribution({ sources, className }: { sources: readonly (Attribution | undefined)[]; className?: string }) {
  const t = useTranslations("book.attribution");
  const distinct = unique(sources);
  if (distinct.length === 0) return null;
  return (
    <p className={`text-xs text-gray-700 ${className ?? ""}`} data-testid="attribution">
      {t("source")}{" "}
      {distinct.map((a, i) => (
        <span key={`${a.publisher}\n${a.url ?? ""}`}>
          {i > 0 ? ", " : null}
          {a.url ? (
            <a href={a.url} target="_blank" rel="noopener" className="text-link underline underline-offset-2">
              {a.publisher}
              <span className="sr-only">
                {" ("}
                {a.dataset ? t.rich("openDataset", { dataset: a.dataset, name: (chunks) => <span>{chunks}</span> }) : t("openData")})
              </span>
            </a>
          ) : (
            a.publisher
          )}
        </span>
      ))}
    </p>
  );
}

function unique(sources: readonly (Attribution | undefined)[]): Attribution[] {
  const seen = new Map<string, Attribution>();
  for (const a of sources) if (a && !seen.has(`${a.publisher}\n${a.url ?? ""}`)) seen.set(`${a.publisher}\n${a.url ?? ""}`, a);
  return [...seen.values()];
}
