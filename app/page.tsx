import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getLocalizedBroker } from "@/lib/i18n/server";
import { isSandboxMode } from "@/lib/sandbox-mode";
import { SignedInFrame } from "@/app/(app)/_components/signed-in-frame";
import { BookAgain, NextBooking, Passes, ReadFailed, sectionHeading } from "./_components/home-sections";
import { Landing } from "./_components/landing";
import { homeView, listOpen, processWaiting } from "./data";

export async function generateMetadata(): Promise<Metadata> {
  return (await getCurrentUser()) ? { title: (await getTranslations("home"))("title") } : {};
}

/**
 * `/`: the landing page for visitors (served from a kept rendering without a session cookie,
 * scripts/page-cache.mjs), the signed-in home for customers: the next booking and its code, the
 * membership passes, and ways to book again, in the signed-in frame.
 */
export default async function HomePage() {
  const broker = await getLocalizedBroker();
  const user = await getCurrentUser();
  if (!user) return <Landing broker={broker} sandbox={isSandboxMode()} />;
  await processWaiting(user);
  const [notices, view, t] = await Promise.all([listOpen(user), homeView(user), getTranslations("home")]);
  return (
    <SignedInFrame user={user} notices={notices}>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">{user.givenName ? t("helloNamed", { name: user.givenName }) : t("hello")}</h1>
      <div className="flex flex-col gap-8">
        <section aria-labelledby="next-heading">
          <h2 id="next-heading" className={sectionHeading}>
            {t("next.heading")}
          </h2>
          {view.next.ok ? <NextBooking booking={view.next.value} /> : <ReadFailed message={view.next.message} />}
        </section>
        <section aria-labelledby="pass-heading">
          <h2 id="pass-heading" className={sectionHeading}>
            {t("pass.heading")}
          </h2>
          {view.passes.ok ? (
            <Passes passes={view.passes.value} membershipsLabel={broker.words.memberships} />
          ) : (
            <ReadFailed message={view.passes.message} />
          )}
        </section>
        <section aria-labelledby="again-heading">
          <h2 id="again-heading" className={sectionHeading}>
            {t("again.heading")}
          </h2>
          {view.again.ok ? <BookAgain bookings={view.again.value} /> : <ReadFailed message={view.again.message} />}
        </section>
      </div>
    </SignedInFrame>
  );
}
