import Link from "next/link";

/** The way back to /family from a member's own page. */
export function BackToFamily() {
  return (
    <p>
      <Link href="/family" className="inline-flex min-h-11 items-center text-link underline underline-offset-2">
        Back to your family
      </Link>
    </p>
  );
}
