import { useRef, useState } from 'preact/hooks';
import { FieldProblems } from './FieldEditor.tsx';
import { fieldLabel, languageName, s } from './strings.ts';

export interface Term {
  id: string;
  label: string;
}

/** A Markdown part (`body`, `depth`) in every language side by side, each with its toolbar. */
export function MarkdownTexts({
  kind,
  languages,
  texts,
  terms,
  problemsOf,
  change,
}: {
  kind: string;
  languages: string[];
  texts: Record<string, string>;
  terms: Term[];
  problemsOf: (file: string) => string[];
  change: (file: string, text: string) => void;
}) {
  return (
    <fieldset class="studio-text studio-text--markdown">
      <legend>{fieldLabel(kind)}</legend>
      <div class="studio-text__languages">
        {languages.map((code) => (
          <MarkdownField
            key={code}
            file={`${kind}.${code}.md`}
            label={`${fieldLabel(kind)} (${languageName(code)})`}
            code={code}
            text={texts[`${kind}.${code}.md`] ?? ''}
            terms={terms}
            problems={problemsOf(`${kind}.${code}.md`)}
            change={change}
          />
        ))}
      </div>
    </fieldset>
  );
}

function MarkdownField({
  file,
  label,
  code,
  text,
  terms,
  problems,
  change,
}: {
  file: string;
  label: string;
  code: string;
  text: string;
  terms: Term[];
  problems: string[];
  change: (file: string, text: string) => void;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [term, setTerm] = useState('');
  const id = `markdown-${file.replace(/[^\w-]/g, '_')}`;
  const missing = text.trim() === '';

  /** Wraps the selection (or inserts at the cursor) and puts the cursor back inside. */
  const edit = (before: string, after = '', placeholder = '') => {
    const element = area.current;
    if (!element) return;
    const { selectionStart: start, selectionEnd: end, value } = element;
    const selected = value.slice(start, end) || placeholder;
    const next = value.slice(0, start) + before + selected + after + value.slice(end);
    change(file, next);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(start + before.length, start + before.length + selected.length);
    });
  };
  const listItems = () => {
    const element = area.current;
    if (!element) return;
    const { selectionStart: start, value } = element;
    const lineStart = value.lastIndexOf('\n', start - 1) + 1;
    change(file, `${value.slice(0, lineStart)}- ${value.slice(lineStart)}`);
  };

  return (
    <div
      class={`studio-text__language${missing || problems.length > 0 ? ' studio-field--problem' : ''}`}
    >
      <span class="studio-text__code" aria-hidden="true">
        {languageName(code)}
      </span>
      <div class="studio-toolbar" role="toolbar" aria-label={label} aria-controls={id}>
        <button type="button" onClick={() => edit('**', '**', 'text')}>
          <b>{s('bold')}</b>
        </button>
        <button type="button" onClick={() => edit('*', '*', 'text')}>
          <i>{s('italic')}</i>
        </button>
        <button type="button" onClick={listItems}>
          {s('list')}
        </button>
        <button type="button" onClick={() => edit('[', '](https://)', 'link text')}>
          {s('link')}
        </button>
        <label class="visually-hidden" for={`${id}-term`}>
          {s('chooseTerm')}: {label}
        </label>
        <select id={`${id}-term`} value={term} onChange={(e) => setTerm(e.currentTarget.value)}>
          <option value="">{s('chooseTerm')}</option>
          {terms.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        <button type="button" disabled={term === ''} onClick={() => edit(`[[${term}]]`)}>
          {s('insertTerm')}
        </button>
      </div>
      <textarea
        ref={area}
        id={id}
        lang={code}
        rows={14}
        value={text}
        aria-label={label}
        aria-invalid={missing || problems.length > 0}
        onInput={(e) => change(file, e.currentTarget.value)}
      />
      {missing && <span class="studio-flag">{s('missingHere', { lang: languageName(code) })}</span>}
      <FieldProblems messages={problems} />
    </div>
  );
}
