"use client";

/** The body of a route's error boundary: what failed, in plain words, and a retry. */
export function LoadError({ what, reset }: { what: string; reset: () => void }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950">
      <p className="font-semibold">We couldn&apos;t load {what} just now.</p>
      <p className="mt-1">The booking service may be busy. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-3 rounded-md border border-red-700 px-3 py-1.5 font-semibold">
        Try again
      </button>
    </div>
  );
}
