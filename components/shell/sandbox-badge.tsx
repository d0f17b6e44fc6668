import { Badge } from "@/components/ui/badge";

export function SandboxBadge() {
  return (
    <Badge tone="warning" className="uppercase tracking-wide">
      <span title="Connected to the local imin sandbox: no real bookings or payments">Sandbox</span>
    </Badge>
  );
}
