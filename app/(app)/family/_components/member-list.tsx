import Link from "next/link";
import type { FamilyMemberView } from "../data";

function ageText(age: number | undefined) {
  if (age === undefined) return "Age not known";
  return age === 1 ? "1 year old" : `${age} years old`;
}

export function MemberList({ members }: { members: FamilyMemberView[] }) {
  return (
    <ul className="divide-y divide-gray-200 rounded-lg border border-gray-300" aria-label="Your family members">
      {members.map((m) => (
        <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 p-4" data-testid="family-member">
          <div>
            <p className="font-semibold">{m.name}</p>
            <p className="text-sm text-gray-700">
              {ageText(m.age)}
              {m.birthDateText ? <> · born {m.birthDateText}</> : null}
              {m.age !== undefined && m.age < 13 ? <> · under 13</> : null}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Link
              href={`/family/${m.id}`}
              prefetch={false}
              className="inline-flex min-h-11 items-center rounded-md border border-outline px-4 text-sm font-semibold text-link"
              aria-label={`Edit ${m.name}`}
            >
              Edit
            </Link>
            <Link
              href={`/family/${m.id}/remove`}
              prefetch={false}
              className="inline-flex min-h-11 items-center rounded-md border border-outline px-4 text-sm font-semibold text-link"
              aria-label={`Remove ${m.name}`}
            >
              Remove
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
