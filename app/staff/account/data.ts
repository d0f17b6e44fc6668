import "server-only";
import { getBrokerConfig } from "@/lib/broker/config";
import { qrSvg } from "@/lib/codes/qr";
import { ownFactors, totpEnrolment } from "@/lib/staff/self-service";
import { totpUri } from "@/lib/staff/totp";
import { requireConsole } from "../data";

/** The staff member's own account page: who they are and their second factors (never a secret). */
export async function accountView() {
  const staff = await requireConsole();
  return { email: staff.email, role: staff.role, ...(await ownFactors(staff)) };
}

/** Setting up a new authenticator app: the pending key (the same on every load until proven) and its QR code. */
export async function authenticatorSetupView() {
  const staff = await requireConsole();
  const secret = await totpEnrolment(staff);
  if (!secret) return null;
  return { email: staff.email, secret, qr: await qrSvg(totpUri(secret, staff.email, getBrokerConfig().name)) };
}
