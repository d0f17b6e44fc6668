import { LinkButton } from "@/components/ui/button";
import { SiteHeader } from "@/components/shell/site-header";
import type { BrokerConfig } from "@/lib/broker/config";

/** The signed-out `/`: the same HTML for every visitor (scripts/page-cache.mjs keeps one rendering). */
export function Landing({ broker, sandbox }: { broker: BrokerConfig; sandbox: boolean }) {
  return (
    <>
      <SiteHeader broker={broker} sandbox={sandbox} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-16">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{broker.name}</h1>
        <p className="mt-4 text-lg">{broker.tagline ?? "Find, book and manage your activities in one place."}</p>
        <ul className="mt-6 list-disc space-y-1 pl-5">
          <li>See and cancel your upcoming bookings</li>
          <li>Link your memberships at leisure centres and clubs</li>
          <li>Find a session near you and book it in a few taps</li>
        </ul>
        <div className="mt-8 flex flex-wrap gap-3">
          <LinkButton href="/sign-up">Create an account</LinkButton>
          <LinkButton href="/sign-in" variant="secondary">
            Sign in
          </LinkButton>
        </div>
      </main>
    </>
  );
}
