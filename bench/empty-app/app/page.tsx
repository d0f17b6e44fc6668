import { headers } from "next/headers";

/** The baseline: the smallest page this Next.js version can build, rendered per request like the portal's. */
export default async function EmptyPage() {
  await headers();
  return <main>Empty</main>;
}
