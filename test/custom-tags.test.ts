// Custom tag names: `NewsPlayer.define('acme-player')` registers a subclass (one class, several
// tags), and timestamps, transcripts and structured data find players by what they are.
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { NewsPlayer, NewsTimestamp } from '../src/index.js';
import { MEDIA, stateReached } from './support/helpers.js';

describe('custom tag names', () => {
  it('defines a player under another tag beside news-player, without throwing', () => {
    expect(() => NewsPlayer.define('acme-player')).to.not.throw();
    const Acme = customElements.get('acme-player')!;
    expect(Acme).to.not.equal(undefined);
    expect(Acme.prototype instanceof NewsPlayer || Acme === NewsPlayer).to.equal(true);
    expect(customElements.get('news-player')).to.equal(NewsPlayer);
    // Defining the same tag again changes nothing.
    expect(() => NewsPlayer.define('acme-player')).to.not.throw();
    expect(customElements.get('acme-player')).to.equal(Acme);
  });

  it('a timestamp plays a player registered under another tag', async () => {
    NewsPlayer.define('acme-player');
    NewsTimestamp.define('acme-time');
    const tag = unsafeStatic('acme-player');
    const wrap = await fixture<HTMLElement>(staticHtml`<div>
      <${tag} id="acme" src=${MEDIA.webm} muted></${tag}>
      <acme-time for="acme" time="2"></acme-time>
    </div>`);
    const player = wrap.querySelector('acme-player') as NewsPlayer;
    const stamp = wrap.querySelector('acme-time') as NewsTimestamp;
    expect(player).to.be.instanceOf(NewsPlayer);
    expect(stamp.player, 'found by what it is, not by the tag news-player').to.equal(player);
    await stamp.updateComplete;
    stamp.shadowRoot!.querySelector('a')!.click();
    await stateReached(player, 'playing');
    await waitUntil(() => player.currentTime >= 1.9, 'seeked to the timestamp');
  });

  it('a <news-timestamp> without for finds the only acme-player of its root', async () => {
    NewsPlayer.define('acme-player');
    const tag = unsafeStatic('acme-player');
    const wrap = await fixture<HTMLElement>(staticHtml`<div><${tag} src=${MEDIA.webm} muted></${tag}><news-timestamp time="1"></news-timestamp></div>`);
    const stamp = wrap.querySelector('news-timestamp') as NewsTimestamp;
    expect(stamp.player).to.equal(wrap.querySelector('acme-player'));
  });
});
