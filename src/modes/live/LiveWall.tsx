import { Fragment } from 'preact';
import { translator } from '../../i18n/index.ts';
import { languages } from '../../i18n/languages.ts';
import type { FollowerLink } from '../../live/follower-link.ts';
import { sessionOf } from '../../live/position.ts';
import { AudienceScreen } from '../guide/AudienceScreen.tsx';
import './LiveApp.css';

/**
 * `/live/<code>?screen`: the guide's audience screen on a wall display anywhere in the building,
 * driven by the received position, in the language the guide chose for the group.
 */
export function LiveWall({ link }: { link: FollowerLink }) {
  const position = link.position.value;
  const status = link.status.value;
  return (
    <>
      <AudienceScreen liveSession={position ? sessionOf(position) : null} />
      <div class="live-wall-status" role="status">
        {(status === 'reconnecting' || status === 'connecting') && (
          <p class="live-wall-status__text">
            {languages.map((lang, index) => (
              <Fragment key={lang}>
                {index > 0 && <span aria-hidden="true"> · </span>}
                <span lang={lang}>{translator(lang)('live:screenReconnecting')}</span>
              </Fragment>
            ))}
          </p>
        )}
      </div>
    </>
  );
}
