"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { didYouMean, suggestActivities } from "@/lib/book/activity-match";

const MAX_OPTIONS = 8;

/**
 * The activity filter: a text input that suggests the activities imin lists as the customer types,
 * forgiving case, spaces, accents and small slips, and asks "Did you mean …?" for a value near one.
 * The WAI-ARIA combobox pattern (list autocomplete): arrows move through the suggestions
 * (aria-activedescendant, focus stays in the input), Enter takes one, Escape closes them. Without
 * JavaScript it is a plain text input.
 */
export function ActivityCombobox({
  id,
  name,
  defaultValue,
  labels,
  className,
  placeholder,
}: {
  id: string;
  name: string;
  defaultValue: string;
  labels: readonly string[];
  className: string;
  placeholder: string;
}) {
  const t = useTranslations("book.search");
  const listId = useId();
  const [value, setValue] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = useMemo(() => suggestActivities(value, labels, MAX_OPTIONS), [value, labels]);
  const nearest = useMemo(() => didYouMean(value, labels), [value, labels]);
  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (label: string) => {
    setValue(label);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!options.length) return;
      event.preventDefault();
      const down = event.key === "ArrowDown";
      const last = options.length - 1;
      if (!expanded) {
        setOpen(true);
        setActive(down ? 0 : last);
        return;
      }
      setActive((i) => (down ? (i >= last ? 0 : i + 1) : i <= 0 ? last : i - 1));
    } else if (event.key === "Enter" && expanded && active >= 0 && options[active]) {
      // Takes the suggestion instead of submitting the form; a second Enter searches.
      event.preventDefault();
      choose(options[active]!);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="relative">
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={nearest ? `${listId}-near` : undefined}
        autoComplete="off"
        autoCapitalize="words"
        spellCheck={false}
        value={value}
        placeholder={placeholder}
        className={className}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-gray-500 bg-white py-1 shadow-lg"
      >
        {options.map((label, i) => (
          // The keys are the combobox input's (aria-activedescendant): options never take focus.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys.
          <div
            key={label}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={`flex min-h-11 cursor-pointer items-center px-3 text-sm ${i === active ? "bg-brand text-on-brand" : "text-gray-900 hover:bg-gray-100"}`}
            // Keeps focus in the input, so the blur does not close the list before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(label)}
          >
            {label}
          </div>
        ))}
      </div>
      <p className="sr-only" aria-live="polite">
        {expanded ? t("suggestionsCount", { count: options.length }) : ""}
      </p>
      {nearest ? (
        <p id={`${listId}-near`} className="mt-1 text-sm text-gray-900">
          {t.rich("didYouMean", {
            label: nearest,
            choice: (chunks) => (
              <button
                type="button"
                className="inline-flex min-h-11 items-center font-medium text-link underline underline-offset-4"
                onClick={() => choose(nearest)}
              >
                {chunks}
              </button>
            ),
          })}
        </p>
      ) : null}
    </div>
  );
}
