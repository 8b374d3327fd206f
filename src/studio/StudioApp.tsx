import { useEffect, useState } from 'preact/hooks';
import { call, parsed, type Session, SessionSchema, setCsrfToken, whenSessionEnds } from './api.ts';
import { DocumentListPage } from './DocumentListPage.tsx';
import { EditorPage } from './EditorPage.tsx';
import { Link } from './Link.tsx';
import { LoginPage } from './LoginPage.tsx';
import { ProblemsPage } from './ProblemsPage.tsx';
import { PublishPage } from './PublishPage.tsx';
import { pageOf, path } from './route.ts';
import { s, uiLanguage } from './strings.ts';

export function StudioApp() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [ended, setEnded] = useState(false);

  useEffect(() => {
    document.documentElement.lang = uiLanguage.value;
    document.title = s('studio');
  }, [uiLanguage.value]);

  useEffect(() => {
    whenSessionEnds(() => {
      setEnded(true);
      setSession(null);
    });
    void call('GET', '/session').then((answer) => {
      const me = parsed(SessionSchema, answer);
      if (me) setCsrfToken(me.csrfToken);
      setSession(me ?? null);
    });
  }, []);

  const signedIn = (me: Session) => {
    setCsrfToken(me.csrfToken);
    setEnded(false);
    setSession(me);
  };

  if (session === undefined) return <main class="studio-main" aria-busy="true" />;

  return (
    <>
      <header class="studio-header">
        <Link href="/studio" class="studio-header__name">
          {s('studio')}
        </Link>
        {session && (
          <nav aria-label={s('studio')}>
            <Link href="/studio">{s('content')}</Link>
            <Link href="/studio/problems">{s('problems')}</Link>
            <Link href="/studio/publish">
              {session.role === 'publisher' ? s('publish') : s('history')}
            </Link>
          </nav>
        )}
        <span class="studio-header__end">
          <button
            type="button"
            lang={uiLanguage.value === 'en' ? 'zh-CN' : 'en'}
            onClick={() => {
              uiLanguage.value = uiLanguage.value === 'en' ? 'zh-CN' : 'en';
            }}
          >
            {s('switchLanguage')}
          </button>
          {session && (
            <>
              <span class="studio-header__user">
                {session.name} · {session.role}
              </span>
              <button
                type="button"
                onClick={async () => {
                  await call('POST', '/logout');
                  setSession(null);
                }}
              >
                {s('logOut')}
              </button>
            </>
          )}
        </span>
      </header>
      {session ? <Page session={session} /> : <LoginPage onSignedIn={signedIn} ended={ended} />}
    </>
  );
}

function Page({ session }: { session: Session }) {
  const page = pageOf(path.value);
  switch (page.name) {
    case 'list':
      return <DocumentListPage />;
    case 'edit':
      return (
        <EditorPage
          key={`${page.kind}/${page.id}`}
          kind={page.kind}
          id={page.id}
          session={session}
        />
      );
    case 'problems':
      return <ProblemsPage />;
    case 'publish':
      return <PublishPage session={session} />;
    default:
      return (
        <main class="studio-main">
          <h1>{s('notFound')}</h1>
          <Link href="/studio">{s('back')}</Link>
        </main>
      );
  }
}
