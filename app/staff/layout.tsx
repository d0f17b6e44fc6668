import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getBrokerConfig } from "@/lib/broker/config";
import { isSandboxMode } from "@/lib/sandbox-mode";
import { staffSignOutAction } from "./actions";
import { staffForLayout } from "./data";

export const metadata: Metadata = { title: { default: "Staff console", template: "%s · Staff console" } };

/** The broker's staff console: its own frame, no customer navigation; every page checks the staff session in its data read. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const broker = getBrokerConfig();
  const staff = await staffForLayout();
  return (
    <>
      <header className="border-b border-gray-300 bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="font-bold">
            {broker.name} · Staff console
            {isSandboxMode() ? <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-950">Sandbox</span> : null}
          </p>
          {staff ? (
            <nav aria-label="Console" className="flex flex-wrap items-center gap-4 text-sm">
              <Link className="text-link underline underline-offset-2" href="/staff">
                Customers
              </Link>
              <Link className="text-link underline underline-offset-2" href="/staff/operations">
                Mail, jobs and webhooks
              </Link>
              <Link className="text-link underline underline-offset-2" href="/staff/audit">
                Audit log
              </Link>
              {staff.role === "admin" ? (
                <Link className="text-link underline underline-offset-2" href="/staff/team">
                  Staff
                </Link>
              ) : null}
              <Link className="text-link underline underline-offset-2" href="/staff/account">
                Your account
              </Link>
              <span className="text-gray-700" data-testid="staff-identity">
                {staff.email} ({staff.role})
              </span>
              <form action={staffSignOutAction}>
                <button type="submit" className="text-link font-semibold underline underline-offset-2">
                  Sign out
                </button>
              </form>
            </nav>
          ) : null}
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
