"use client";

import { SavedPasses } from "@/components/pass/saved-pack";
import { PageHeader } from "@/components/ui/page-header";

/** Anything else failing on /pass: the passes and codes saved on this device, inside the signed-in frame. */
export default function PassError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <PageHeader
        title="Show at the desk"
        description="Open a pass or code full screen for the desk or door scanner. They also open offline."
      />
      <SavedPasses retry={retry} />
    </>
  );
}
