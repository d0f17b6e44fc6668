import Link from "next/link";

/** The line under an auth form that leads back to sign-in: "Remembered it? Sign in". */
export function SignInPrompt({ question }: { question: string }) {
  return (
    <p className="text-sm">
      {question}{" "}
      <Link href="/sign-in" className="text-link font-semibold underline underline-offset-2">
        Sign in
      </Link>
    </p>
  );
}
