import type { ShareKey, Translation } from './translation.js';

/** English words of `copyLink()`, fetched with the copying code (`media/share.ts`, see ./en-core.ts). */
const enShare: Pick<Translation, ShareKey> = {
  linkCopied: 'Link copied',
  linkCopyFailed: 'The link could not be copied',
};

export default enShare;
