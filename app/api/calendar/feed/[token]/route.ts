import { getUserById } from "@/lib/accounts/store";
import { userIdForFeedToken } from "@/lib/calendar/store";
import { customerCalendar, icsResponse } from "@/lib/calendar/feed";
import { IminError } from "@/lib/imin/errors";
import { recipientLocale } from "@/lib/mail/words";

const notFound = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });

/** The private calendar feed: the token in the URL is the only credential (calendar apps send no cookies). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const userId = await userIdForFeedToken(token.replace(/\.ics$/, ""));
  if (!userId) return notFound();
  const user = await getUserById(userId);
  if (user?.status !== "active" || !user.iminCustomerId) return notFound();
  try {
    const body = await customerCalendar({ iminCustomerId: user.iminCustomerId, email: user.email }, recipientLocale(user.locale));
    return icsResponse(body);
  } catch (error) {
    if (error instanceof IminError) return new Response(error.customerMessage, { status: error.httpStatus });
    throw error;
  }
}
