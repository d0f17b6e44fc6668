import { LinkButton } from "@/components/ui/button";

/**
 * A session the organiser cancelled, or one imin no longer lists (it has ended, or never was): the
 * page's notFound(), answered 410 Gone by scripts/gone-status.mjs, with the way back to the timetable.
 */
export default function SessionGone() {
  return (
    <div className="py-8 text-center">
      <h1 className="text-2xl font-bold">This session is no longer available</h1>
      <p className="mt-3">It may have been cancelled by the organiser, or it has already taken place.</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <LinkButton href="/book">See the timetable</LinkButton>
        <LinkButton href="/book?tab=courts" variant="secondary">
          Courts and pitches
        </LinkButton>
      </div>
    </div>
  );
}
