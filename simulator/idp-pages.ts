import type { TestUser } from "./users";

/** Plain offline HTML for the identity provider's pages: no web fonts, no external assets. */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;background:#f4f6f8;color:#1b1f24}
main{max-width:32rem;margin:3rem auto;padding:1.5rem 2rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
h1{font-size:1.4rem;margin:0 0 1rem}
ul{list-style:none;padding:0;margin:0}
li{margin:0 0 1rem}
button{font:inherit;font-weight:600;padding:.6rem 1rem;border:0;border-radius:4px;background:#0b5cad;color:#fff;cursor:pointer;min-width:14rem}
button:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
p{margin:.4rem 0 0}
form{margin-top:1.25rem}
.note{color:#4a5561;font-size:.9rem}`;

function page(title: string, body: string, script = ""): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>${script ? `\n<script>${script}</script>` : ""}
</body>
</html>`;
}

export function loginPage(action: string, users: readonly TestUser[], clientName: string): string {
  const items = users
    .map(
      (user) => `<li>
<button type="submit" name="user" value="${escapeHtml(user.key)}" aria-describedby="may-${escapeHtml(user.key)}">Sign in as ${escapeHtml(user.name)}</button>
<p id="may-${escapeHtml(user.key)}" class="note">${escapeHtml(user.preferredUsername)}: ${escapeHtml(user.mayDo)}</p>
</li>`,
    )
    .join("\n");
  return page(
    "Sign in to the iTwin Platform stand-in",
    `<h1>Sign in to the iTwin Platform stand-in</h1>
<p class="note">${escapeHtml(clientName)} asks you to sign in. Choose a test user; no password is needed.</p>
<form method="post" action="${escapeHtml(action)}">
<ul>
${items}
</ul>
</form>`,
  );
}

/** The provider's logout confirmation, submitted at once by a tiny script, with a button as fallback. */
export function logoutPage(form: string): string {
  return page(
    "Signing out of the iTwin Platform stand-in",
    `<h1>Signing out of the iTwin Platform stand-in</h1>
${form}
<button id="sign-out" type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>`,
    `document.getElementById("sign-out").click();`,
  );
}

export function signedOutPage(): string {
  return page("Signed out", `<h1>You are signed out of the iTwin Platform stand-in</h1>`);
}

export function errorPage(title: string, details: Record<string, string>): string {
  const lines = Object.entries(details)
    .map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</p>`)
    .join("\n");
  return page(title, `<h1>${escapeHtml(title)}</h1>\n${lines}`);
}
