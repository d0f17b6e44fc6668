import { useTranslations } from "next-intl";
import { BookingsTabs } from "@/components/shell/bookings-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonList } from "@/components/ui/skeleton";

export default function Loading() {
  const t = useTranslations("orders");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <BookingsTabs current="past" />
      {/* A page holds 10 orders: each row is about 130 px tall on a phone, 77 px from sm up. */}
      <SkeletonList rows={10} label={t("loading")} rowClassName="h-32 sm:h-[4.5rem]" />
    </>
  );
}
