import { describe, expect, it } from 'vitest';
import { externalLinkTarget } from '../../../electron/security-policy';

describe('which links from entries the system may open', () => {
  it.each([
    ['https://example.org/grounding', 'https://example.org/grounding'],
    ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
    ['  https://EXAMPLE.org ', 'https://example.org/'],
    // Cyrillic letters in the host: the person confirms its punycode, what actually opens.
    ['https://ехample.org/', 'https://xn--ample-ywe6i.org/'],
  ])('opens %s as %s', (url, opened) => {
    expect(externalLinkTarget(url)).toEqual({ ok: true, url: opened });
  });

  it.each([
    'https://user:secret@example.org/',
    'https://bank.example@evil.example/',
    'http://:pw@example.org/',
  ])('refuses %s, whose user name or password can disguise the host', (url) => {
    expect(externalLinkTarget(url)).toEqual({ ok: false, reason: 'credentials' });
  });

  it.each([
    ['mailto:someone@example.org?attach=/home/me/.ssh/id_rsa', 'mailto:someone@example.org'],
    ['mailto:a@example.org?subject=hi&body=text&cc=b@example.org', 'mailto:a@example.org'],
    ['MAILTO:a@example.org#x', 'mailto:a@example.org'],
    ['mailto:a@example.org,b@example.org', 'mailto:a@example.org,b@example.org'],
  ])('opens %s without its query, as %s', (url, opened) => {
    expect(externalLinkTarget(url)).toEqual({ ok: true, url: opened });
  });

  it.each([
    ['javascript:alert(1)', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['data:text/html,x', 'scheme'],
    ['smb://host/share', 'scheme'],
    ['mailto:?attach=/etc/passwd', 'not-a-link'],
    ['not a link', 'not-a-link'],
    ['', 'not-a-link'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(externalLinkTarget(url)).toEqual({ ok: false, reason });
  });
});
