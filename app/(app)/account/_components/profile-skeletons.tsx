import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

// The account page streams its imin-backed sections. Their placeholders take the same rows,
// labels and field boxes as what replaces them, so nothing below moves when the details arrive.

const DETAIL_LABELS = [
  "Name",
  "Email",
  "Phone",
  "Date of birth",
  "Gender",
  "Aged 13 or over",
  "Address",
  "Emergency contact",
  "Access pass",
  "Entitlement",
  "Account reference",
];

export function ProfileDetailsSkeleton() {
  return (
    <SkeletonRegion label="Loading your details…">
      <div aria-hidden="true">
        {DETAIL_LABELS.map((label) => (
          <div key={label} className="grid gap-1 border-b border-gray-200 py-3 sm:grid-cols-3">
            <p className="text-sm font-medium text-gray-700">{label}</p>
            <div className="flex h-5 items-center sm:col-span-2">
              <Skeleton className="h-3.5 w-40 max-w-full" />
            </div>
          </div>
        ))}
      </div>
    </SkeletonRegion>
  );
}

/** A field's label and an empty box of the input's size (the input-box's border, padding and text size, so the same height). */
function FieldPlaceholder({ label, hint, className }: { label: string; hint?: string; className?: string }) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <p className="block text-sm font-medium">{label}</p>
      {hint ? <p className="text-xs text-gray-700">{hint}</p> : null}
      <div className="block w-full animate-pulse rounded-md border border-gray-200 bg-gray-100 px-3 py-2 text-sm">&nbsp;</div>
      <div className="text-sm" />
    </div>
  );
}

function FieldsetPlaceholder({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <div className="space-y-4">
      <p className="text-base font-semibold">{legend}</p>
      {children}
    </div>
  );
}

export function ProfileFormSkeleton() {
  return (
    <SkeletonRegion label="Loading the form…">
      <div aria-hidden="true" className="space-y-6">
        <FieldsetPlaceholder legend="About you">
          <div className="grid gap-4 sm:grid-cols-2">
            {["First name", "Last name", "Phone", "Date of birth", "Gender"].map((label) => (
              <FieldPlaceholder key={label} label={label} />
            ))}
          </div>
        </FieldsetPlaceholder>
        <FieldsetPlaceholder legend="Address">
          <FieldPlaceholder label="Street address" />
          <div className="grid gap-4 sm:grid-cols-2">
            <FieldPlaceholder label="Town or city" />
            <FieldPlaceholder label="County or region" />
            <FieldPlaceholder label="Postcode" />
            <FieldPlaceholder label="Country" hint="For example GB." />
          </div>
        </FieldsetPlaceholder>
        <FieldsetPlaceholder legend="Emergency contact">
          <div className="grid gap-4 sm:grid-cols-2">
            <FieldPlaceholder label="Emergency contact name" />
            <FieldPlaceholder label="Emergency contact phone" />
          </div>
        </FieldsetPlaceholder>
        <div className={`${buttonClass("primary")} invisible`}>Save changes</div>
      </div>
    </SkeletonRegion>
  );
}

export function AccessPassSkeleton() {
  return (
    <SkeletonRegion label="Loading your access pass…">
      <div aria-hidden="true" className="space-y-4">
        <p className="text-sm">
          <span className="invisible">You haven&apos;t set an access pass yet.</span> Enter the number on your membership card to use one
          card at all your linked memberships.
        </p>
        <div className="max-w-sm">
          <FieldPlaceholder label="Card number" hint="4 to 32 letters, numbers or hyphens." />
        </div>
        <div className={`${buttonClass("primary")} invisible`}>Save access pass</div>
      </div>
    </SkeletonRegion>
  );
}
