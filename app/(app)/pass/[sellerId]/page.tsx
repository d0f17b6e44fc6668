import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PassCode } from "@/components/pass/desk-codes";
import { DeskScreen } from "@/components/pass/desk-screen";
import { SavedPassDesk } from "@/components/pass/saved-pack";
import { requireUser } from "@/lib/auth/current-user";
import { accessPasses } from "../data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pass"))("accessPass") };
}

export default async function AccessPassPage({ params }: { params: Promise<{ sellerId: string }> }) {
  const [user, { sellerId }] = await Promise.all([requireUser(), params]);
  const id = decodeURIComponent(sellerId);
  const passes = await accessPasses(user).catch(() => null);
  // imin could not be read: the pass saved on this device, with when it was saved.
  if (!passes) return <SavedPassDesk ownerId={user.id} sellerId={id} />;
  const pass = passes.find((p) => p.sellerId === id);
  if (!pass) notFound();
  const t = await getTranslations("pass");
  return (
    <DeskScreen title={pass.sellerName} subtitle={t("subtitle")} logoUrl={pass.logoUrl} backHref="/pass">
      <PassCode sellerName={pass.sellerName} number={pass.number} barcodeSvg={pass.barcodeSvg} />
    </DeskScreen>
  );
}
