// The library's one Trusted Types policy, `news-player` (the name README's Content Security Policy
// section tells pages to allow). A page may create a policy of a given name once, so every use
// shares this one: JSON-LD's script text, and the text runs whose character references the HTML
// parser decodes (./cues/references.ts).

/** What the `news-player` policy makes: values the page's Trusted Types enforcement accepts. */
interface Policy {
  createScript(text: string): unknown;
  createHTML(text: string): unknown;
}

let policy: Policy | null | undefined;
let refused = false;

function newsPlayerPolicy(): Policy | null {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes;
    try {
      policy = tt
        ? tt.createPolicy('news-player', {
            // Only JSON becomes script text.
            createScript: (text: string) => {
              JSON.parse(text);
              return text;
            },
            // Only text without `<` becomes markup: no element can come of it, only characters.
            createHTML: (text: string) => {
              if (text.includes('<')) throw new TypeError('news-player: markup refused');
              return text;
            },
          })
        : null;
    } catch {
      // The page's `trusted-types` directive does not allow the name: it enforces Trusted Types.
      refused = true;
      policy = null;
    }
  }
  return policy;
}

/**
 * `json` as script text a page that enforces Trusted Types (`require-trusted-types-for 'script'`)
 * accepts: made by the `news-player` policy, which lets only JSON through. Without Trusted Types,
 * or when the page's `trusted-types` directive does not name `news-player`, the plain string.
 */
export function scriptText(json: string): string {
  const p = newsPlayerPolicy();
  return (p ? p.createScript(json) : json) as string;
}

/**
 * `text` (which must hold no `<`) as a value for `innerHTML` that Trusted Types accept, or
 * `undefined` when the page refused our policy's name (assigning a string would be a violation).
 */
export function markupText(text: string): string | undefined {
  const p = newsPlayerPolicy();
  if (p) return p.createHTML(text) as string;
  return refused ? undefined : text;
}
