import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getBrokerConfig } from "@/lib/broker/config";
import { qrSvg } from "@/lib/codes/qr";
import { auditCsv } from "@/lib/staff/audit-csv";
import { StaffForbiddenError, getCurrentStaff, getHalfSignedInStaff, requireStaff as requireStaffOrThrow } from "@/lib/staff/current";
import { customerAtImin, customerRecords, findCustomers, getCustomer } from "@/lib/staff/customers";
import { operationsOverview } from "@/lib/staff/ops";
import type { StaffRole } from "@/lib/staff/roles";
import { hasPasskeys, inviteSetup } from "@/lib/staff/sign-in";
import { listStaff, recordAudit, searchAudit } from "@/lib/staff/store";
import { totpUri } from "@/lib/staff/totp";

/**
 * The console's reads. Each one checks the staff session (and role) itself, so a page that forgets
 * to is still closed: a customer's session is never a staff session.
 */

/** No staff session: the sign-in page. A role that does not open the page: answered like a missing page (404). */
async function requireStaff(role: StaffRole = "support") {
  try {
    return await requireStaffOrThrow(role);
  } catch (e) {
    if (e instanceof StaffForbiddenError) notFound();
    throw e;
  }
}

/** For the layout: the signed-in staff member, if any (no redirect). */
export async function staffForLayout() {
  return getCurrentStaff();
}

/** The sign-in page sends a staff member with a full session on to the console. */
export async function alreadySignedIn() {
  return Boolean(await getCurrentStaff());
}

/** The second-factor page: the staff member who gave the password and the factors they have, or null. */
export async function halfSignedIn() {
  const member = await getHalfSignedInStaff();
  return member ? { email: member.email, totp: Boolean(member.totpSecretSealed), passkey: await hasPasskeys(member.id) } : null;
}

/** The invite page: its TOTP key (the same on every load until the invite is used), or null. */
export async function inviteView(token: string | undefined) {
  const invite = token ? await inviteSetup(token) : undefined;
  if (!invite) return null;
  const uri = totpUri(invite.secret, invite.email, getBrokerConfig().name);
  return { ...invite, qr: await qrSvg(uri) };
}

/**
 * Whether this render is someone opening a page (a view, audited), not a prefetch or the re-render
 * a console action's answer carries (same page, same person, already recorded when it was opened).
 */
async function isPageView() {
  const h = await headers();
  return !h.has("next-action") && !h.has("next-router-prefetch");
}

export async function requireConsole(role: StaffRole = "support") {
  return requireStaff(role);
}

export async function searchCustomers(query: string | undefined) {
  await requireStaff();
  return query ? findCustomers(query) : [];
}

/** One customer's page. `reveal` unmasks phone and birth dates, and is audited. */
export async function customerView(customerId: string, reveal: boolean) {
  const staff = await requireStaff();
  const user = await getCustomer(customerId);
  if (!user) return null;
  if (await isPageView())
    await recordAudit({
      staff,
      action: reveal ? "customer.reveal" : "customer.view",
      customer: { id: user.id, email: user.email },
      ip: staff.ip,
    });
  const [records, imin] = await Promise.all([customerRecords(user, reveal), customerAtImin(user, reveal)]);
  return {
    staff,
    customer: {
      id: user.id,
      email: user.email,
      givenName: user.givenName,
      iminCustomerId: user.iminCustomerId,
      createdAt: user.createdAt,
      emailVerifiedAt: user.emailVerifiedAt,
    },
    records,
    imin,
  };
}

export async function operationsView() {
  const staff = await requireStaff();
  return { staff, ...(await operationsOverview()) };
}

export async function auditView(query: string | undefined) {
  await requireStaff();
  return searchAudit(query);
}

export async function teamView() {
  const staff = await requireStaff("admin");
  const members = await listStaff();
  return {
    staff,
    members: members.map((m) => ({ id: m.id, email: m.email, role: m.role, createdAt: m.createdAt, disabled: Boolean(m.disabledAt) })),
  };
}

/** The audit log as CSV for the export route, or null without a staff session; the export is itself audited. */
export async function auditExport(query: string | undefined): Promise<string | null> {
  const staff = await getCurrentStaff();
  if (!staff) return null;
  await recordAudit({ staff, action: "audit.export", detail: query ? { q: query } : undefined, ip: staff.ip });
  return auditCsv(await searchAudit(query, 10_000));
}
