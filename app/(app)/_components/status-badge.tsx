import { Badge } from "@/components/ui/badge";
import type { BookingStatus } from "@/lib/imin/order-types";

const LABELS: Record<BookingStatus, { label: string; tone: "success" | "neutral" | "warning" | "danger" | "info" }> = {
  confirmed: { label: "Confirmed", tone: "success" },
  "customer-cancelled": { label: "Cancelled by you", tone: "neutral" },
  "seller-cancelled": { label: "Cancelled by organiser", tone: "danger" },
  attended: { label: "Attended", tone: "info" },
  absent: { label: "Missed", tone: "warning" },
  unknown: { label: "Status unknown", tone: "neutral" },
};

export function BookingStatusBadge({ status, eventCancelled }: { status: BookingStatus; eventCancelled?: boolean }) {
  const effective = status === "confirmed" && eventCancelled ? "seller-cancelled" : status;
  const { label, tone } = LABELS[effective];
  return <Badge tone={tone}>{label}</Badge>;
}
