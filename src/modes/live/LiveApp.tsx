import { useEffect, useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { FINAL_STATUSES, type FollowerLink, followLive } from '../../live/follower-link.ts';
import { parseJoinCode } from '../../live/protocol.ts';
import '../../live/strings.ts';
import { updateMode } from '../../pwa/update-state.ts';
import { FollowerPage } from './FollowerPage.tsx';
import { LiveClosedPage } from './LiveClosedPage.tsx';
import { LiveWall } from './LiveWall.tsx';

/** The code in `/live/<code>` (case, spaces and hyphens forgiven), or null. */
function codeOf(path: string): string | null {
  const raw = path.replace(/^\/live\/?/, '').replace(/\/$/, '');
  return raw.includes('/') ? null : parseJoinCode(raw);
}

/**
 * `/live/<code>`: a delegate's phone following the guide's tablet (its own language, its own
 * content); `/live/<code>?screen`: a wall screen showing the audience view in the group's
 * language. A code that cannot be one gets the "no live tour" page at once, without a connection.
 */
export function LiveApp() {
  const { path, query, route } = useLocation();
  const code = codeOf(path);
  // A code typed as `abc-def` is shown (and bookmarked) in its canonical form.
  useEffect(() => {
    if (code && path !== `/live/${code}`) route(`/live/${code}${location.search}`, true);
  }, [code, path]);
  if (!code) return <LiveClosedPage kind="unknown" />;
  return <LiveTour key={code} code={code} screen={query.screen !== undefined} />;
}

function LiveTour({ code, screen }: { code: string; screen: boolean }) {
  const link = useMemo(() => followLive(code), [code]);
  useEffect(() => () => link.close(), [link]);
  const status = link.status.value;
  const over = FINAL_STATUSES.includes(status);
  // No update is applied under a follower during the tour (update-policy.ts, 'live'); once it is
  // over the page is a visitor's page, with the usual banner.
  useEffect(() => {
    updateMode.value = over ? 'visitor' : 'live';
  }, [over]);
  useEffect(
    () => () => {
      updateMode.value = 'visitor';
    },
    [],
  );
  if (over) {
    return (
      <LiveClosedPage
        kind={status as 'ended' | 'unknown' | 'full' | 'busy'}
        tourId={link.position.value?.tourId}
      />
    );
  }
  return screen ? <LiveWall link={link} /> : <FollowerPage link={link} />;
}

export type { FollowerLink };
