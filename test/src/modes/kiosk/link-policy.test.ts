import { describe, expect, it } from 'vitest';
import { linkTarget } from '../../../../src/modes/kiosk/link-policy.ts';

const base = 'https://kiosk.example/kiosk/stops/welcome';

describe('kiosk link policy', () => {
  it('keeps kiosk links in the kiosk', () => {
    expect(linkTarget('/kiosk/tours/main', base)).toEqual({
      kind: 'kiosk',
      path: '/kiosk/tours/main',
    });
    expect(linkTarget('/kiosk/stops/a?tour=main', base)).toEqual({
      kind: 'kiosk',
      path: '/kiosk/stops/a?tour=main',
    });
  });

  it('maps visitor-app links to their kiosk twins', () => {
    expect(linkTarget('/stops/testing-lab?tour=main&lang=en', base)).toEqual({
      kind: 'kiosk',
      path: '/kiosk/stops/testing-lab?tour=main',
    });
    expect(linkTarget('/tours/main', base)).toEqual({ kind: 'kiosk', path: '/kiosk/tours/main' });
    expect(linkTarget('/glossary', base)).toEqual({ kind: 'kiosk', path: '/kiosk/glossary' });
    expect(linkTarget('/', base)).toEqual({ kind: 'kiosk', path: '/kiosk/home' });
    expect(linkTarget('/guide', base)).toEqual({ kind: 'kiosk', path: '/kiosk/home' });
  });

  it('offers other sites, mail and phone links as QR codes', () => {
    expect(linkTarget('https://www.who.int/health-topics/blood', base)).toEqual({
      kind: 'external',
      url: 'https://www.who.int/health-topics/blood',
    });
    expect(linkTarget('mailto:info@example.org', base)).toEqual({
      kind: 'external',
      url: 'mailto:info@example.org',
    });
    expect(linkTarget('http://kiosk.example/stops/a', base).kind).toBe('external');
  });

  it('leaves same-page anchors alone', () => {
    expect(linkTarget('#main', base)).toEqual({ kind: 'ignore' });
    expect(linkTarget(null, base)).toEqual({ kind: 'ignore' });
  });
});
