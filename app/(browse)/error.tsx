"use client";

import { LoadError } from "@/components/ui/load-error";

/** A public page that failed: the message sits inside the page's frame, so the search stays one tap away. */
export default function BrowseError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Something went wrong</h1>
      <LoadError what="this page" reset={retry} />
    </>
  );
}
