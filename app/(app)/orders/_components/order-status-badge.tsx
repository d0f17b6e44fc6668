import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { OrderStatus } from "@/lib/imin/order-types";

const LABELS: Record<OrderStatus, { label: string; tone: "success" | "neutral" | "warning" | "info" }> = {
  confirmed: { label: "confirmed", tone: "success" },
  "partly-cancelled": { label: "partlyCancelled", tone: "warning" },
  cancelled: { label: "cancelled", tone: "neutral" },
  completed: { label: "completed", tone: "info" },
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations("orders.status");
  const { label, tone } = LABELS[status];
  return <Badge tone={tone}>{t(label)}</Badge>;
}
