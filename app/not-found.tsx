import { LinkButton } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-3">We couldn't find that page. It may have moved, or it may not be yours to see.</p>
      <div className="mt-6">
        <LinkButton href="/">Go to the home page</LinkButton>
      </div>
    </main>
  );
}
