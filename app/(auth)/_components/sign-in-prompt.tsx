import Link from "next/link";
import { useTranslations } from "next-intl";

/** The line under an auth form that leads back to sign-in: "Remembered it? Sign in" (and on to `callbackUrl`, a checked path). */
export function SignInPrompt({ question, callbackUrl }: { question: string; callbackUrl?: string }) {
  const t = useTranslations("common");
  return (
    <p className="text-sm">
      {question}{" "}
      <Link
        href={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"}
        className="text-link font-semibold underline underline-offset-2"
      >
        {t("signIn")}
      </Link>
    </p>
  );
}
