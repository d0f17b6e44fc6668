import { Badge } from "@/components/ui/badge";
import type { OrderStatus } from "@/lib/imin/order-types";

const LABELS: Record<OrderStatus, { label: string; tone: "success" | "neutral" | "warning" | "info" }> = {
  confirmed: { label: "Confirmed", tone: "success" },
  "partly-cancelled": { label: "Partly cancelled", tone: "warning" },
  cancelled: { label: "Cancelled", tone: "neutral" },
  completed: { label: "Completed", tone: "info" },
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { label, tone } = LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
