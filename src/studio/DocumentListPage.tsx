import { useEffect, useState } from 'preact/hooks';
import { call, type DocumentList, ListSchema, parsed } from './api.ts';
import { Link } from './Link.tsx';
import { editPath } from './route.ts';
import { languageName, type StringKey, s, uiLanguage } from './strings.ts';

const GROUPS: { kind: DocumentList['documents'][number]['kind']; label: StringKey }[] = [
  { kind: 'stop', label: 'stops' },
  { kind: 'tour', label: 'tours' },
  { kind: 'glossary', label: 'glossary' },
  { kind: 'site', label: 'site' },
];

/** Every document with its problems and its missing translations. */
export function DocumentListPage() {
  const [list, setList] = useState<DocumentList | null>(null);
  useEffect(() => {
    void call('GET', '/documents').then((answer) => setList(parsed(ListSchema, answer) ?? null));
  }, []);
  if (!list) return <main class="studio-main" aria-busy="true" />;
  return (
    <main class="studio-main">
      <h1>{s('content')}</h1>
      <p>
        {list.problems.length === 0 ? (
          s('noProblems')
        ) : (
          <Link href="/studio/problems">{s('problemCount', { n: list.problems.length })}</Link>
        )}
      </p>
      {GROUPS.map(({ kind, label }) => (
        <section key={kind} aria-labelledby={`group-${kind}`}>
          <h2 id={`group-${kind}`}>{s(label)}</h2>
          <ul class="studio-list">
            {list.documents
              .filter((document) => document.kind === kind)
              .map((document) => {
                const title = document.title?.[uiLanguage.value] ?? document.title?.en;
                return (
                  <li key={document.id}>
                    <Link href={editPath(document.kind, document.id)}>
                      {typeof title === 'string' && title !== ''
                        ? title
                        : kind === 'glossary' || kind === 'site'
                          ? s(label)
                          : document.id}
                    </Link>
                    {document.problems > 0 && (
                      <span class="studio-badge studio-badge--problem">
                        {s('problemCount', { n: document.problems })}
                      </span>
                    )}
                    {Object.entries(document.missing)
                      .filter(([, count]) => count > 0)
                      .map(([code, count]) => (
                        <span key={code} class="studio-badge studio-badge--missing">
                          {s('missingIn', { n: count, lang: languageName(code) })}
                        </span>
                      ))}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </main>
  );
}
