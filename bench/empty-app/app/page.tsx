/** The baseline for first-load JS: the smallest page this Next.js version can build. */
export default function EmptyPage() {
  return <main>Empty</main>;
}
