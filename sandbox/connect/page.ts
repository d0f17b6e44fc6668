import { type Html, html, page } from "../http/html";

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
  body { margin: 0; background: #f4f5f7; color: #1b1f24; line-height: 1.5; }
  main { max-width: 32rem; margin: 2rem auto; background: #fff; padding: 2rem; border-radius: 8px;
         box-shadow: 0 1px 3px rgba(0,0,0,.15); }
  header.seller { display: flex; align-items: center; gap: 1rem; margin-bottom: 1rem; }
  header.seller img { width: 64px; height: 64px; border-radius: 8px; }
  h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
  p.note { background: #eef3fb; border-left: 4px solid #2f5ea8; padding: .5rem .75rem; font-size: .9rem; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  input[type=text], input[type=email], input[type=password] { width: 100%; box-sizing: border-box;
         font: inherit; padding: .5rem; border: 1px solid #6b7280; border-radius: 4px; margin-top: .25rem; }
  input[aria-invalid=true] { border-color: #b42318; }
  .field-error { color: #b42318; margin: .25rem 0 0; font-size: .9rem; }
  .error-summary { border: 2px solid #b42318; padding: .75rem 1rem; border-radius: 4px; margin: 1rem 0; }
  .error-summary h2 { font-size: 1.1rem; margin: 0 0 .25rem; color: #b42318; }
  .actions { display: flex; gap: .75rem; margin-top: 1.5rem; flex-wrap: wrap; }
  button { font: inherit; padding: .6rem 1.2rem; border-radius: 4px; border: 2px solid #1f3f73; cursor: pointer; }
  button.primary { background: #1f3f73; color: #fff; }
  button.secondary { background: #fff; color: #1f3f73; }
  :focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
  a { color: #1f3f73; }
  footer { font-size: .8rem; color: #4b5563; max-width: 32rem; margin: 0 auto 2rem; padding: 0 2rem; }
`;

/** The sandbox's hosted seller pages (sign-in, account creation, evidence): plain, readable, usable by keyboard. */
export function connectPage(title: string, main: Html): string {
  return page({
    title,
    style: STYLE,
    main,
    footer: html`imin sandbox: a stand-in for the seller's own sign-in pages. Nothing here is real.`,
    noReferrer: true,
  });
}
