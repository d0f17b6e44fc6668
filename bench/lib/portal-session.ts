const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * Signs in through the /sign-in form as a browser without JavaScript would: its hidden fields
 * (the server action's reference and state) plus the credentials, posted back to the page.
 * Returns the cookie header of the new session.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const page = await fetch(`${baseUrl}/sign-in`);
  const html = await page.text();
  const form = /<form[^>]*aria-label="Sign in"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  if (!form) throw new Error(`/sign-in (status ${page.status}) has no sign-in form`);
  const body = new FormData();
  for (const input of form.matchAll(/<input[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(input[0])?.[1];
    if (!name || !/type="hidden"/.test(input[0])) continue;
    body.append(decode(name), decode(/\svalue="([^"]*)"/.exec(input[0])?.[1] ?? ""));
  }
  body.append("email", email);
  body.append("password", password);
  const res = await fetch(`${baseUrl}/sign-in`, { method: "POST", body, redirect: "manual" });
  const cookies = res.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .filter((pair) => !pair.endsWith("="));
  if (!cookies.length) throw new Error(`sign-in as ${email} did not set a session cookie (status ${res.status})`);
  return cookies.join("; ");
}
