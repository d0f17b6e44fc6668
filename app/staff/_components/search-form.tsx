/** A staff console search: one `q` field and Search, sent as a GET to `action` (the find-a-customer and audit pages). */
export function StaffSearchForm({ action, id, label, q }: { action: string; id: string; label: string; q: string }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium">
          {label}
        </label>
        <input id={id} name="q" defaultValue={q} className="input-box w-80" />
      </div>
      <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-on-brand">
        Search
      </button>
    </form>
  );
}
