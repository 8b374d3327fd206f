import { useEffect, useState } from 'preact/hooks';
import type * as v from 'valibot';
import {
  call,
  type Problem,
  PublishRefusedSchema,
  parsed,
  ReleasesSchema,
  type Session,
} from './api.ts';
import { ProblemList } from './ProblemList.tsx';
import { s, uiLanguage } from './strings.ts';

type Releases = v.InferOutput<typeof ReleasesSchema>;

/** Publish (publishers), and the history of published versions with a rollback for each. */
export function PublishPage({ session }: { session: Session }) {
  const [releases, setReleases] = useState<Releases | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string; problems?: Problem[] } | null>(
    null,
  );
  const publisher = session.role === 'publisher';

  const reload = () =>
    call('GET', '/releases').then((answer) => setReleases(parsed(ReleasesSchema, answer) ?? null));
  useEffect(() => {
    void reload();
  }, []);

  const publish = async () => {
    setBusy(true);
    setResult(null);
    const answer = await call('POST', '/publish');
    setBusy(false);
    if (answer.status === 200) setResult({ ok: true, text: s('published') });
    else {
      const refused = parsed(PublishRefusedSchema, answer);
      if (refused?.code === 'problems')
        setResult({ ok: false, text: s('publishBlocked'), problems: refused.problems ?? [] });
      else if (refused?.code === 'build-failed')
        setResult({ ok: false, text: `${s('buildFailed')} ${refused.reason ?? ''}` });
      else setResult({ ok: false, text: s('error') });
    }
    await reload();
  };

  const rollBack = async (id: string) => {
    const answer = await call('POST', '/rollback', { id });
    if (answer.status !== 200) setResult({ ok: false, text: s('error') });
    await reload();
  };

  const when = (iso: string) =>
    new Date(iso).toLocaleString(uiLanguage.value, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <main class="studio-main">
      <h1>{publisher ? s('publish') : s('history')}</h1>
      {publisher ? (
        <section aria-labelledby="publish-heading">
          <h2 id="publish-heading">{s('publish')}</h2>
          <p>{s('publishIntro')}</p>
          <button type="button" class="studio-primary" onClick={publish} disabled={busy}>
            {s('publish')}
          </button>
          <div role="status" class="studio-message">
            {busy ? s('publishing') : result?.text}
          </div>
          {result?.problems && <ProblemList problems={result.problems} />}
        </section>
      ) : (
        <p>{s('onlyPublishers')}</p>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{s('history')}</h2>
        {releases && releases.releases.length === 0 && <p>{s('noReleases')}</p>}
        {releases && releases.releases.length > 0 && (
          <table class="studio-table">
            <thead>
              <tr>
                <th scope="col">{s('publishedAt')}</th>
                <th scope="col">{s('publishedBy')}</th>
                <th scope="col">
                  <span class="visually-hidden">{s('current')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {releases.releases.map((release) => (
                <tr key={release.id}>
                  <td>{when(release.at)}</td>
                  <td>{release.by}</td>
                  <td>
                    {release.id === releases.current ? (
                      <strong>{s('current')}</strong>
                    ) : publisher ? (
                      <button type="button" onClick={() => rollBack(release.id)}>
                        {s('rollBack')}
                        <span class="visually-hidden"> ({when(release.at)})</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
              <tr>
                <td colSpan={2}>{s('installed')}</td>
                <td>
                  {releases.current === null ? (
                    <strong>{s('current')}</strong>
                  ) : publisher ? (
                    <button type="button" onClick={() => rollBack('installed')}>
                      {s('rollBack')}
                      <span class="visually-hidden"> ({s('installed')})</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
