import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/actions/action-state";
import { iminErrorText, type Words } from "@/lib/book/offer-words";
import { IminError } from "@/lib/imin/errors";

/**
 * A booking action's body with the page's words (a root translator), whose failures talking to
 * imin are answered in the page's language too (a refusal imin explained stays in its own words);
 * anything else, redirect() included, passes through to authedAction.
 */
export async function inPageLanguage(run: (t: Words) => Promise<ActionState | undefined>): Promise<ActionState | undefined> {
  const t = (await getTranslations()) as unknown as Words;
  try {
    return await run(t);
  } catch (error) {
    if (error instanceof IminError) return { status: "error", message: iminErrorText(t, error) };
    throw error;
  }
}
