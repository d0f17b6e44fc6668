import "server-only";
import { countAmbiguousOperations } from "@/lib/accounts/create-store";

/** For /api/health: creates whose answer was lost and that wait for an operator (README, "Ambiguous creates"). */
export async function ambiguousCreateCount(): Promise<number> {
  return countAmbiguousOperations();
}
