import type { Metadata } from "next";
import { randomBytes } from "node:crypto";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getLocalizedBroker } from "@/lib/i18n/server";
import { SignUpForm } from "./_components/sign-up-form";
import { SignInPrompt } from "../_components/sign-in-prompt";
import { SIGNED_IN_LANDING } from "../landing";
import { ClientMessages } from "@/components/i18n/client-messages";

// no-referrer: a guest's address may be in this page's query (prefilled from imin's guest checkout).
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("title"), referrer: "no-referrer" };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl: raw, email: rawEmail } = await searchParams;
  // Prefilled only: a guest who booked through imin's checkout comes back with the address they gave it.
  const email = typeof rawEmail === "string" && rawEmail.length <= 254 && /^[^\s@<>]+@[^\s@<>]+$/.test(rawEmail) ? rawEmail : undefined;
  // The page to come back to (a public session page): the confirmation mail's link carries it.
  const callbackUrl = typeof raw === "string" ? safeCallbackPath(raw, "") || undefined : undefined;
  if (await getCurrentUser()) redirect(callbackUrl ?? SIGNED_IN_LANDING);
  const broker = await getLocalizedBroker();
  const t = await getTranslations("auth.signUp");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-gray-700">{t("intro", { broker: broker.name })}</p>
        <p className="mt-2 text-sm text-gray-700">{t("ageNote")}</p>
        <p className="mt-2 text-sm text-gray-700" data-testid="sign-up-family-note">
          {t("familyNote")}
        </p>
      </div>
      <ClientMessages pick={["auth.signUp", "auth.email", "auth.errors"]}>
        <SignUpForm nonce={randomBytes(16).toString("base64url")} callbackUrl={callbackUrl} email={email} />
      </ClientMessages>
      <SignInPrompt question={t("alreadyHave")} callbackUrl={callbackUrl} />
      <p className="text-xs text-gray-700">
        {t.rich("agree", {
          terms: (chunks) => (
            <a className="text-link underline" href={broker.termsUrl}>
              {chunks}
            </a>
          ),
          privacy: (chunks) => (
            <a className="text-link underline" href={broker.privacyUrl}>
              {chunks}
            </a>
          ),
        })}
      </p>
    </div>
  );
}
