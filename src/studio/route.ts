// The studio's pages, by address (/studio, /studio/stop/<id>, /studio/publish …).
import { signal } from '@preact/signals';

export const path = signal(location.pathname);
addEventListener('popstate', () => {
  path.value = location.pathname;
});

export function go(to: string): void {
  history.pushState(null, '', to);
  path.value = to;
  scrollTo(0, 0);
}

export type Page =
  | { name: 'list' }
  | { name: 'edit'; kind: 'stop' | 'tour' | 'glossary' | 'site'; id: string }
  | { name: 'problems' }
  | { name: 'publish' }
  | { name: 'not-found' };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function pageOf(at: string): Page {
  const parts = at
    .replace(/^\/studio\/?/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return { name: 'list' };
  if (parts.length === 1 && parts[0] === 'problems') return { name: 'problems' };
  if (parts.length === 1 && parts[0] === 'publish') return { name: 'publish' };
  if (parts.length === 1 && (parts[0] === 'glossary' || parts[0] === 'site')) {
    return { name: 'edit', kind: parts[0], id: parts[0] };
  }
  if (parts.length === 2 && (parts[0] === 'stop' || parts[0] === 'tour') && ID.test(parts[1])) {
    return { name: 'edit', kind: parts[0], id: parts[1] };
  }
  return { name: 'not-found' };
}

export function editPath(kind: string, id: string): string {
  return kind === 'glossary' || kind === 'site' ? `/studio/${kind}` : `/studio/${kind}/${id}`;
}
