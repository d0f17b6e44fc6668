import { LinkButton } from "@/components/ui/button";

/** A signed-in page's notFound(): said inside the signed-in frame, so the header and tab bar stay. */
export default function AppNotFound() {
  return (
    <div className="py-8 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-3">We couldn&apos;t find that page. It may have moved, or it may not be yours to see.</p>
      <div className="mt-6">
        <LinkButton href="/">Go to the home page</LinkButton>
      </div>
    </div>
  );
}
