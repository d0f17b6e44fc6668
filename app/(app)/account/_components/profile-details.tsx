import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatCalendarDate, formatDate, formatGender, joinPresent } from "@/lib/format";
import type { CustomerProfile } from "@/lib/imin/customers";

function Row({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-gray-200 py-3 sm:grid-cols-3">
      <dt className="text-sm font-medium text-gray-700">{label}</dt>
      <dd className="text-sm sm:col-span-2" data-testid={`profile-${testId}`}>
        {children}
      </dd>
    </div>
  );
}

const NotGiven = ({ children = "Not given" }: { children?: ReactNode }) => <span className="italic text-gray-700">{children}</span>;

/** Everything Get Customer Account returns, with empty states for what imin left out. */
export function ProfileDetails({ profile }: { profile: CustomerProfile }) {
  const d = profile.details;
  const name = joinPresent([d.givenName, d.familyName], " ") || d.name;
  const address = joinPresent([
    d.address?.streetAddress,
    d.address?.addressLocality,
    d.address?.addressRegion,
    d.address?.postalCode,
    d.address?.addressCountry,
  ]);
  const emergency = joinPresent([d.emergencyContact?.name, d.emergencyContact?.telephone], " · ");
  return (
    <dl data-testid="profile-details">
      <Row label="Name" testId="name">
        {name || <NotGiven />}
      </Row>
      <Row label="Email" testId="email">
        {d.email || <NotGiven />}
      </Row>
      <Row label="Phone" testId="telephone">
        {d.telephone || <NotGiven />}
      </Row>
      <Row label="Date of birth" testId="birthDate">
        {d.birthDate ? formatCalendarDate(d.birthDate) : <NotGiven />}
      </Row>
      <Row label="Gender" testId="gender">
        {d.gender ? formatGender(d.gender) : <NotGiven />}
      </Row>
      <Row label="Aged 13 or over" testId="is13OrOver">
        {d.is13OrOver === undefined ? <NotGiven /> : d.is13OrOver ? "Yes" : "No"}
      </Row>
      <Row label="Address" testId="address">
        {address || <NotGiven />}
      </Row>
      <Row label="Emergency contact" testId="emergencyContact">
        {emergency || <NotGiven />}
      </Row>
      <Row label="Access pass" testId="accessPass">
        {profile.accessPass ? <span className="font-mono">{profile.accessPass}</span> : <NotGiven>No access pass set</NotGiven>}
      </Row>
      <Row label="Entitlement" testId="entitlement">
        {profile.entitlement ? (
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="info">{profile.entitlement.label ?? "Entitlement"}</Badge>
            {profile.entitlement.expires ? (
              <span>
                {new Date(profile.entitlement.expires).getTime() < Date.now() ? "Expired" : "Expires"}{" "}
                {formatDate(profile.entitlement.expires)}
              </span>
            ) : (
              <span>No expiry date</span>
            )}
          </span>
        ) : (
          <NotGiven>No entitlement</NotGiven>
        )}
      </Row>
      <Row label="Account reference" testId="reference">
        <span className="font-mono">{profile.identifier}</span>
      </Row>
    </dl>
  );
}
