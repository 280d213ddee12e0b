import { completeEnglish } from '../i18n/localize.js';
import enShare from '../i18n/en-share.js';

// What `copyLink()` says in English ("Link copied") arrives with the code that copies.
completeEnglish(enShare);

/**
 * Copies `text` to the clipboard: the asynchronous Clipboard API first, and where it is missing or
 * refuses (no permission, the document not focused, an insecure page), a selected, read-only text
 * field inside `container` and `document.execCommand('copy')`. Focus returns to where it was.
 * Resolves to true when either way copied; never rejects.
 */
export async function copyText(text: string, container: Element | ShadowRoot): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the text field
  }
  const root = container.getRootNode() as Document | ShadowRoot;
  const focused = (root.activeElement ?? document.activeElement) as HTMLElement | null;
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  // In view (some browsers refuse to copy from far off-screen) but invisible and out of layout.
  field.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;padding:0;border:0;opacity:0;pointer-events:none';
  container.append(field);
  let copied = false;
  try {
    field.focus({ preventScroll: true });
    field.select();
    field.setSelectionRange(0, text.length);
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    field.remove();
    focused?.focus?.({ preventScroll: true });
  }
  return copied;
}
