import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { embedSrc, embedUrlProblem, isHttpsAddress, providerOf, sanitizeLegacyHtml, videoHosts, videoProviders, youtubeEmbed, type VideoProvider } from '../src/index';

const players: Record<VideoProvider, string> = {
  peertube: 'https://tube.numerique.gouv.fr/videos/embed/7c1f0a52-1111',
  youtube: 'https://www.youtube-nocookie.com/embed/Xy12Ab34Cd5',
  dailymotion: 'https://www.dailymotion.com/embed/video/x9bh4ts',
  vimeo: 'https://player.vimeo.com/video/123456',
};

describe('video providers', () => {
  it('are the enumeration of the video schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../apps/cms/src/api/video/content-types/video/schema.json', import.meta.url), 'utf8')) as {
      attributes: { provider: { enum: string[] } };
    };
    expect(Object.keys(videoProviders).sort()).toEqual([...schema.attributes.provider.enum].sort());
  });

  it.each(Object.entries(players) as Array<[VideoProvider, string]>)('%s: its player is accepted, embedded without autoplay, and found by host', (provider, url) => {
    expect(embedUrlProblem(provider, url)).toBeNull();
    expect(embedSrc({ provider, embedUrl: `${url}?autoplay=1` })).toBe(url);
    expect(providerOf(url)).toBe(provider);
  });

  it('refuses, in French, what the site would not embed', () => {
    expect(embedUrlProblem('youtube', 'https://evil.example.com/embed/abc')).toContain("evil.example.com n'est pas un hébergeur autorisé pour YouTube (sans cookie)");
    expect(embedUrlProblem('youtube', 'https://www.youtube-nocookie.com/watch?v=abc')).toContain('adresse du lecteur intégrable');
    expect(embedUrlProblem('vimeo', 'http://player.vimeo.com/video/1')).toBe("L'adresse du lecteur doit commencer par https://.");
    // The site asks the same question as the CMS: a page address stored before the rule gives no iframe.
    expect(embedSrc({ provider: 'peertube', embedUrl: 'https://tube.numerique.gouv.fr/w/abc' })).toBeNull();
    expect(providerOf('https://evil.example.com/embed/abc')).toBeNull();
  });

  it('turns a YouTube id, watch or short address into the cookie-free player', () => {
    for (const given of ['aBcDeFgHiJk', 'https://www.youtube.com/watch?v=aBcDeFgHiJk', 'https://youtu.be/aBcDeFgHiJk']) {
      expect(youtubeEmbed(given)).toBe('https://www.youtube-nocookie.com/embed/aBcDeFgHiJk');
    }
    expect(videoHosts).toContain('player.vimeo.com');
  });
});

describe('the legacy HTML allow-list', () => {
  it('keeps DSFR markup and text, entities decoded', () => {
    const { html, removed } = sanitizeLegacyHtml('<div class="fr-grid-row custom"><p lang="en">Caf&eacute; &amp; th&eacute;</p></div>');
    expect(html).toBe('<div class="fr-grid-row"><p lang="en">Café &amp; thé</p></div>');
    expect(removed).toEqual([]);
    expect(decodeHTML('&eacute;&hellip;&#233;')).toBe('é…é');
  });

  it('drops a javascript: link, an event handler and a script, and says so', () => {
    const { html, removed } = sanitizeLegacyHtml('<p onclick="x()"><a href="javascript:alert(1)">a</a><a href="https://a.gouv.fr/">b</a></p><script>alert(1)</script>');
    expect(html).toBe('<p><a>a</a><a href="https://a.gouv.fr/" rel="noopener">b</a></p>');
    expect(removed).toEqual(['attribut onclick retiré de <p>', 'adresse dangereuse retirée de <a> (javascript:alert(1))', '<script> retiré']);
  });

  it('drops every iframe, naming the host when it is not a provider', () => {
    const { html, removed } = sanitizeLegacyHtml('<iframe src="https://pub.exemple.test/">x</iframe><iframe src="https://player.vimeo.com/video/1"></iframe>');
    expect(html).toBe('');
    expect(removed[0]).toBe('<iframe> d’un hébergeur non autorisé retirée (https://pub.exemple.test/)');
    expect(removed[1]).toContain('bloc Vidéo');
  });

  it('keeps images of this site or over HTTPS only', () => {
    expect(sanitizeLegacyHtml('<img src="/a.png" alt="a"><img src="http://a.example/b.png" alt="b"><img src="data:image/png;base64,AA" alt="c">').html).toBe(
      '<img src="/a.png" alt="a" /><img alt="b" /><img alt="c" />',
    );
  });
});

describe('the link rule', () => {
  it('says which addresses are web addresses over HTTPS', () => {
    expect(['https://a.gouv.fr/x', 'http://a.gouv.fr/', 'https://', '//a.gouv.fr', 'javascript:alert(1)', '/x'].map(isHttpsAddress)).toEqual([true, false, false, false, false, false]);
  });
});
