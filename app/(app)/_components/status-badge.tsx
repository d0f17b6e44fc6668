import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { BookingStatus } from "@/lib/imin/order-types";

const LABELS: Record<BookingStatus, { label: string; tone: "success" | "neutral" | "warning" | "danger" | "info" }> = {
  confirmed: { label: "confirmed", tone: "success" },
  "customer-cancelled": { label: "customerCancelled", tone: "neutral" },
  "seller-cancelled": { label: "sellerCancelled", tone: "danger" },
  attended: { label: "attended", tone: "info" },
  absent: { label: "absent", tone: "warning" },
  unknown: { label: "unknown", tone: "neutral" },
};

export function BookingStatusBadge({ status, eventCancelled }: { status: BookingStatus; eventCancelled?: boolean }) {
  const t = useTranslations("common.bookingStatus");
  const effective = status === "confirmed" && eventCancelled ? "seller-cancelled" : status;
  const { label, tone } = LABELS[effective];
  return <Badge tone={tone}>{t(label)}</Badge>;
}
