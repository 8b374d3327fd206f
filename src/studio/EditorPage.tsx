import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import type { Stop } from '../content/types.ts';
import {
  CheckSchema,
  type Conflict,
  ConflictSchema,
  call,
  DocumentSchema,
  type Kind,
  type Problem,
  parsed,
  SavedSchema,
  type Session,
  UploadSchema,
} from './api.ts';
import { differences, fieldName, getAt, type Path, setAt } from './draft.ts';
import { type FieldContext, FieldEditor } from './FieldEditor.tsx';
import { Link } from './Link.tsx';
import { MarkdownTexts, type Term } from './MarkdownTexts.tsx';
import { missingTexts } from './missing-texts.ts';
import { ProblemList } from './ProblemList.tsx';
import { StopPreview } from './StopPreview.tsx';
import { fieldLabel, languageName, s, uiLanguage } from './strings.ts';

/** Checks and the preview wait until typing pauses this long. */
const PAUSE_MS = 600;
const TEXT_KINDS = ['body', 'depth'];
// The preview's shape is the app's own Stop (src/content/types.ts), made by the server.
const PreviewSchema = v.looseObject({ id: v.string(), title: v.record(v.string(), v.string()) });

interface Draft {
  data: unknown;
  texts: Record<string, string>;
}

type SaveState = 'clean' | 'dirty' | 'saving' | 'saved' | 'error';

export function EditorPage({ kind, id, session }: { kind: Kind; id: string; session: Session }) {
  const languages = session.languages;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [baseVersion, setBaseVersion] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [checking, setChecking] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('clean');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [preview, setPreview] = useState<Stop | null>(null);
  const [terms, setTerms] = useState<Term[]>([]);
  const [showAll, setShowAll] = useState(false);
  const [missingDocument, setMissingDocument] = useState(false);
  const [uploadMessage, setUploadMessage] = useState('');
  const generation = useRef(0);
  /** The text files that exist on disk: an emptied one is saved empty, a new empty one not made. */
  const savedTextNames = useRef<Set<string>>(new Set());

  const apiPath = `/documents/${kind}/${id}`;

  useEffect(() => {
    void call('GET', apiPath).then((answer) => {
      const document = parsed(DocumentSchema, answer);
      if (!document) return setMissingDocument(true);
      savedTextNames.current = new Set(Object.keys(document.texts));
      setDraft({ data: document.data, texts: withEveryText(document.texts, languages) });
      setBaseVersion(document.version);
      setProblems(document.problems);
    });
    if (kind === 'stop') {
      void call('GET', '/documents/glossary/glossary').then((answer) => {
        const glossary = parsed(DocumentSchema, answer);
        const list = Array.isArray(glossary?.data) ? glossary.data : [];
        setTerms(
          list.flatMap((term) => {
            const termId = getAt(term, ['id']);
            const name = getAt(term, ['term', uiLanguage.value]) ?? getAt(term, ['term', 'en']);
            return typeof termId === 'string'
              ? [{ id: termId, label: `${String(name ?? termId)} [[${termId}]]` }]
              : [];
          }),
        );
      });
    }
  }, [apiPath]);

  // The same check as the build, and the preview, once typing pauses.
  useEffect(() => {
    if (!draft || saveState === 'clean') return;
    const mine = ++generation.current;
    const timer = setTimeout(async () => {
      setChecking(true);
      const [checked, previewed] = await Promise.all([
        call('POST', `/check/${kind}/${id}`, draft),
        kind === 'stop' ? call('POST', `/preview/${id}`, draft) : Promise.resolve(null),
      ]);
      if (mine !== generation.current) return;
      setChecking(false);
      const result = parsed(CheckSchema, checked);
      if (result) setProblems(result.problems);
      if (previewed && parsed(PreviewSchema, previewed)) setPreview(previewed.body as Stop);
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  // The first preview, of the saved stop.
  useEffect(() => {
    if (kind === 'stop' && draft && !preview) {
      void call('POST', `/preview/${id}`, draft).then((answer) => {
        if (parsed(PreviewSchema, answer)) setPreview(answer.body as Stop);
      });
    }
  }, [draft !== null]);

  const yamlFile =
    kind === 'stop'
      ? `stops/${id}/stop.yaml`
      : kind === 'tour'
        ? `tours/${id}.yaml`
        : `${kind}.yaml`;
  const problemsAt = useMemo(() => {
    const byField = new Map<string, string[]>();
    for (const problem of problems) {
      if (problem.file !== yamlFile) continue;
      const key = problem.field ?? '';
      // Beside its field, the field's name in quotes would only repeat what the label says.
      const message = problem.field
        ? problem.message.replace(/^"[^"]+"\s*(?::\s*)?/, '')
        : problem.message;
      byField.set(key, [...(byField.get(key) ?? []), message]);
    }
    return (name: string) => byField.get(name) ?? [];
  }, [problems, yamlFile]);
  const problemsOfText = (file: string) =>
    problems.filter((p) => p.file === `stops/${id}/${file}`).map((p) => p.message);

  if (missingDocument) {
    return (
      <main class="studio-main">
        <h1>{s('notFound')}</h1>
        <Link href="/studio">{s('back')}</Link>
      </main>
    );
  }
  if (!draft) return <main class="studio-main" aria-busy="true" />;

  const change = (path: Path, value: unknown) => {
    setDraft((current) => current && { ...current, data: setAt(current.data, path, value) });
    setSaveState('dirty');
  };
  const changeText = (file: string, text: string) => {
    setDraft((current) => current && { ...current, texts: { ...current.texts, [file]: text } });
    setSaveState('dirty');
  };

  const save = async (from = baseVersion) => {
    setSaveState('saving');
    const answer = await call('PUT', apiPath, {
      baseVersion: from,
      data: draft.data,
      texts: changedTexts(draft.texts),
    });
    if (answer.status === 409) {
      const refused = parsed(ConflictSchema, answer);
      setConflict(refused ?? null);
      setSaveState('dirty');
      return;
    }
    const saved = parsed(SavedSchema, answer);
    if (!saved) return setSaveState('error');
    setBaseVersion(saved.version);
    for (const [name, text] of Object.entries(draft.texts))
      if (text !== '') savedTextNames.current.add(name);
    setProblems(saved.problems);
    setConflict(null);
    setSaveState('saved');
  };

  const uploadPhoto = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    const answer = await call('POST', `/images/${id}`, form);
    const uploaded = parsed(UploadSchema, answer);
    if (!uploaded) return setUploadMessage(s('uploadRefused'));
    setUploadMessage('');
    const blank = Object.fromEntries(languages.map((code) => [code, '']));
    const images = Array.isArray(getAt(draft.data, ['images']))
      ? (getAt(draft.data, ['images']) as unknown[])
      : [];
    change(['images'], [...images, { file: uploaded.file, alt: blank, credit: { ...blank } }]);
  };

  const context: FieldContext = {
    languages,
    problemsAt,
    change,
    listExtras: (path) =>
      kind === 'stop' && fieldName(path) === 'images' ? (
        <div class="studio-field">
          <label for="upload-photo">{s('uploadPhoto')}</label>
          <input
            id="upload-photo"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void uploadPhoto(file);
              event.currentTarget.value = '';
            }}
          />
          <p role="alert" class="studio-message">
            {uploadMessage}
          </p>
        </div>
      ) : null,
  };

  const missing = missingTexts(
    draft.data,
    draft.texts,
    languages,
    kind === 'stop' ? TEXT_KINDS : [],
  );
  const textKinds = TEXT_KINDS.filter(
    (k) => k === 'body' || languages.some((code) => `${k}.${code}.md` in draft.texts),
  );
  const title = getAt(draft.data, ['title', uiLanguage.value]);
  const data = draft.data;

  return (
    <main
      class={`studio-main studio-editor${kind === 'stop' ? ' studio-editor--with-preview' : ''}`}
    >
      <div class="studio-editor__form">
        <p>
          <Link href="/studio">{s('back')}</Link>
        </p>
        <h1>
          {typeof title === 'string' && title ? title : fieldLabel(kind === 'stop' ? 'stop' : kind)}
        </h1>
        <div class="studio-editor__status">
          <button
            type="button"
            class="studio-primary"
            onClick={() => save()}
            disabled={saveState === 'saving'}
          >
            {s('save')}
          </button>
          <span role="status" class="studio-message">
            {saveState === 'saving'
              ? s('saving')
              : saveState === 'saved'
                ? problems.length > 0
                  ? s('savedWithProblems')
                  : s('saved')
                : saveState === 'dirty'
                  ? s('unsaved')
                  : saveState === 'error'
                    ? s('error')
                    : ''}
          </span>
          <span class="studio-message" aria-live="polite">
            {checking ? s('checking') : ''}
          </span>
        </div>
        <p class="studio-editor__summary">
          <span class={problems.length > 0 ? 'studio-badge studio-badge--problem' : 'studio-badge'}>
            {problems.length > 0 ? s('problemCount', { n: problems.length }) : s('noProblems')}
          </span>
          {Object.entries(missing)
            .filter(([, n]) => n > 0)
            .map(([code, n]) => (
              <span key={code} class="studio-badge studio-badge--missing">
                {s('missingIn', { n, lang: languageName(code) })}
              </span>
            ))}
          {problems.length > 0 && (
            <button type="button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
              {s('showAllProblems')}
            </button>
          )}
        </p>
        {showAll && <ProblemList problems={problems} />}
        {conflict && (
          <ConflictPanel
            conflict={conflict}
            draft={draft}
            useTheirs={(path) => change(path, getAt(conflict.current.data, path))}
            useTheirText={(file) => changeText(file, conflict.current.texts[file] ?? '')}
            saveMerged={() => save(conflict.current.version)}
          />
        )}
        <form
          class="studio-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {data !== null && typeof data === 'object' && !Array.isArray(data) ? (
            Object.entries(data).map(([key, value]) => (
              <FieldEditor key={key} path={[key]} value={value} context={context} />
            ))
          ) : (
            <FieldEditor path={[kind]} value={data} context={rootContext(context, kind)} />
          )}
          {kind === 'stop' &&
            textKinds.map((textKind) => (
              <MarkdownTexts
                key={textKind}
                kind={textKind}
                languages={languages}
                texts={draft.texts}
                terms={terms}
                problemsOf={problemsOfText}
                change={changeText}
              />
            ))}
        </form>
      </div>
      {kind === 'stop' && <StopPreview stop={preview} languages={languages} />}
    </main>
  );

  function changedTexts(texts: Record<string, string>): Record<string, string> {
    // Only texts someone wrote: an untouched empty language stays without a file.
    return Object.fromEntries(
      Object.entries(texts).filter(
        ([name, text]) => text !== '' || savedTextNames.current.has(name),
      ),
    );
  }
}

/** A glossary is a list at the top of its file: its paths start at the list, not at a key. */
function rootContext(context: FieldContext, kind: string): FieldContext {
  const strip = (path: Path) => (path[0] === kind ? path.slice(1) : path);
  return {
    ...context,
    problemsAt: (name) =>
      context.problemsAt(name.startsWith(`${kind}[`) ? name.slice(kind.length) : name),
    change: (path, value) => context.change(strip(path), value),
  };
}

/** Every language's body, so a missing one shows as an empty box to fill. */
function withEveryText(texts: Record<string, string>, languages: string[]): Record<string, string> {
  const all = { ...texts };
  for (const code of languages) all[`body.${code}.md`] ??= '';
  return all;
}

function ConflictPanel({
  conflict,
  draft,
  useTheirs,
  useTheirText,
  saveMerged,
}: {
  conflict: Conflict;
  draft: Draft;
  useTheirs: (path: Path) => void;
  useTheirText: (file: string) => void;
  saveMerged: () => void;
}) {
  const paths = differences(conflict.current.data, draft.data);
  const files = [
    ...new Set([...Object.keys(conflict.current.texts), ...Object.keys(draft.texts)]),
  ].filter((file) => (conflict.current.texts[file] ?? '') !== (draft.texts[file] ?? ''));
  const when = conflict.changedAt
    ? new Date(conflict.changedAt).toLocaleString(uiLanguage.value, {
        dateStyle: 'medium',
        timeStyle: 'short',
      })
    : '?';
  const show = (value: unknown) =>
    value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  return (
    <section class="studio-conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{s('conflictTitle')}</h2>
      <p>{s('conflictText', { who: conflict.changedBy ?? s('someone'), when })}</p>
      <table class="studio-table">
        <thead>
          <tr>
            <th scope="col">{s('file')}</th>
            <th scope="col">{s('theirText')}</th>
            <th scope="col">{s('yourText')}</th>
            <th scope="col">
              <span class="visually-hidden">{s('useTheirs')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {paths.map((path) => (
            <tr key={fieldName(path)}>
              <th scope="row">
                <code>{fieldName(path)}</code>
              </th>
              <td class="studio-conflict__theirs">{show(getAt(conflict.current.data, path))}</td>
              <td class="studio-conflict__yours">{show(getAt(draft.data, path))}</td>
              <td>
                <button type="button" onClick={() => useTheirs(path)}>
                  {s('useTheirs')}
                  <span class="visually-hidden">: {fieldName(path)}</span>
                </button>
              </td>
            </tr>
          ))}
          {files.map((file) => (
            <tr key={file}>
              <th scope="row">
                <code>{file}</code>
              </th>
              <td class="studio-conflict__theirs">{conflict.current.texts[file] ?? '—'}</td>
              <td class="studio-conflict__yours">{draft.texts[file] ?? '—'}</td>
              <td>
                <button type="button" onClick={() => useTheirText(file)}>
                  {s('useTheirs')}
                  <span class="visually-hidden">: {file}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="studio-primary" onClick={saveMerged}>
        {s('mergedSave')}
      </button>
    </section>
  );
}
