import type { ReactNode } from "react";

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-gray-400 px-6 py-10 text-center">
      <p className="text-base font-semibold">{title}</p>
      {children ? <div className="mt-2 text-sm text-gray-700">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
