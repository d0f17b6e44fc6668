import "server-only";
import { countAmbiguousOperations } from "@/lib/accounts/create-store";

/** For /api/health/ready: creates whose answer was lost and that wait for an operator (docs/features/accounts.md). */
export async function ambiguousCreateCount(): Promise<number> {
  return countAmbiguousOperations();
}
