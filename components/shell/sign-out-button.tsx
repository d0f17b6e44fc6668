import { signOutAction } from "@/app/(auth)/actions";
import { buttonClass } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className={buttonClass("secondary", "py-1.5")}>
        Sign out
      </button>
    </form>
  );
}
