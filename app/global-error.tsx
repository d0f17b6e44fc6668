"use client";

// Replaces the root layout when it fails, so it brings its own <html> and plain styles.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "4rem auto", maxWidth: "36rem", padding: "0 1rem" }}>
        <main>
          <h1>Something went wrong</h1>
          <p>Sorry, the portal could not be shown. Please try again in a moment.</p>
          <button type="button" onClick={reset} style={{ padding: "0.5rem 1rem" }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
