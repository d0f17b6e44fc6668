import { LinkButton } from "@/components/ui/button";

export default function OrderNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Order not found</h1>
      <p>We couldn&apos;t find that order in your account.</p>
      <LinkButton href="/orders" variant="secondary">
        See your orders
      </LinkButton>
    </div>
  );
}
