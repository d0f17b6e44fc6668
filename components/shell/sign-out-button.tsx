import { buttonClass } from "@/components/ui/button";

/** The sign-out form; the signed-in layout passes the action in. */
export function SignOutButton({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button type="submit" className={buttonClass("secondary", "py-1.5")}>
        Sign out
      </button>
    </form>
  );
}
