import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PassCode } from "@/components/pass/desk-codes";
import { DeskScreen } from "@/components/pass/desk-screen";
import { SavedPassDesk } from "@/components/pass/saved-pack";
import { requireUser } from "@/lib/auth/current-user";
import { accessPasses } from "../data";

export const metadata: Metadata = { title: "Access pass" };

export default async function AccessPassPage({ params }: { params: Promise<{ sellerId: string }> }) {
  const [user, { sellerId }] = await Promise.all([requireUser(), params]);
  const id = decodeURIComponent(sellerId);
  const passes = await accessPasses(user).catch(() => null);
  // imin could not be read: the pass saved on this device, with when it was saved.
  if (!passes) return <SavedPassDesk ownerId={user.id} sellerId={id} />;
  const pass = passes.find((p) => p.sellerId === id);
  if (!pass) notFound();
  return (
    <DeskScreen title={pass.sellerName} subtitle="Access pass · show at the desk" logoUrl={pass.logoUrl} backHref="/pass">
      <PassCode sellerName={pass.sellerName} number={pass.number} barcodeSvg={pass.barcodeSvg} />
    </DeskScreen>
  );
}
