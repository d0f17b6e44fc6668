import { LinkButton } from "@/components/ui/button";

/** A public page's notFound() (a session that is not there), said inside the page's frame. */
export default function BrowseNotFound() {
  return (
    <div className="py-8 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-3">We couldn&apos;t find that page. The session may have ended or moved.</p>
      <div className="mt-6">
        <LinkButton href="/book">Find a session</LinkButton>
      </div>
    </div>
  );
}
