import { LinkButton } from "@/components/ui/button";
import { SiteHeader } from "@/components/shell/site-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getBrokerConfig } from "@/lib/broker/config";
import { isSandboxMode } from "@/lib/sandbox-mode";

export default async function LandingPage() {
  const broker = getBrokerConfig();
  const user = await getCurrentUser();
  return (
    <>
      <SiteHeader broker={broker} sandbox={isSandboxMode()} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-16">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{broker.name}</h1>
        <p className="mt-4 text-lg">{broker.tagline ?? "Find, book and manage your activities in one place."}</p>
        <ul className="mt-6 list-disc space-y-1 pl-5">
          <li>See and cancel your upcoming bookings</li>
          <li>Link your memberships at leisure centres and clubs</li>
          <li>Find a session near you and book it in a few taps</li>
        </ul>
        <div className="mt-8 flex flex-wrap gap-3">
          {user ? (
            <>
              <LinkButton href="/bookings">Your bookings</LinkButton>
              <LinkButton href="/account" variant="secondary">
                Your account
              </LinkButton>
            </>
          ) : (
            <>
              <LinkButton href="/sign-up">Create an account</LinkButton>
              <LinkButton href="/sign-in" variant="secondary">
                Sign in
              </LinkButton>
            </>
          )}
        </div>
      </main>
    </>
  );
}
