import { useState } from 'preact/hooks';
import { blankLike, fieldName, getAt, isText, type Path } from './draft.ts';
import { fieldLabel, languageName, s } from './strings.ts';

export interface FieldContext {
  languages: string[];
  /** Problems by field name (`title.en`), with the names of their parents. */
  problemsAt: (name: string) => string[];
  change: (path: Path, value: unknown) => void;
  /** Extra controls for a list (the images' upload). */
  listExtras?: (path: Path) => preact.ComponentChildren;
}

/** Short texts get one line; everything else a box that grows. */
const ONE_LINE = new Set([
  'title',
  'name',
  'shortName',
  'term',
  'place',
  'credit',
  'ref',
  'url',
  'stop',
  'file',
  'code',
]);
const ACCESS = ['enter', 'window', 'guided', 'outside'];

const idOf = (path: Path) => `field-${fieldName(path).replace(/[^\w-]/g, '_')}`;

/** Any value of a content file, edited in place: texts side by side, lists, objects, scalars. */
export function FieldEditor({
  path,
  value,
  context,
}: {
  path: Path;
  value: unknown;
  context: FieldContext;
}) {
  const key = path[path.length - 1];
  const label = labelOf(path);
  if (isText(value, context.languages))
    return <TextField path={path} value={value} context={context} />;
  if (Array.isArray(value)) return <ListField path={path} value={value} context={context} />;
  if (value !== null && typeof value === 'object') {
    const missingOptional = optionalTextsOf(path).filter((name) => !(name in value));
    return (
      <fieldset class="studio-group">
        <legend>{label}</legend>
        {Object.entries(value).map(([childKey, child]) => (
          <FieldEditor key={childKey} path={[...path, childKey]} value={child} context={context} />
        ))}
        {missingOptional.map((name) => (
          <button
            key={name}
            type="button"
            onClick={() =>
              context.change(
                [...path, name],
                Object.fromEntries(context.languages.map((code) => [code, ''])),
              )
            }
          >
            {s('add')}: {fieldLabel(name)}
            <span class="visually-hidden"> ({label})</span>
          </button>
        ))}
        <FieldProblems messages={context.problemsAt(fieldName(path))} />
      </fieldset>
    );
  }
  const id = idOf(path);
  const messages = context.problemsAt(fieldName(path));
  let control: preact.ComponentChildren;
  if (key === 'access') {
    control = (
      <select
        id={id}
        value={String(value)}
        onChange={(e) => context.change(path, e.currentTarget.value)}
      >
        {ACCESS.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  } else if (typeof value === 'boolean') {
    control = (
      <input
        id={id}
        type="checkbox"
        checked={value}
        onChange={(e) => context.change(path, e.currentTarget.checked)}
      />
    );
  } else if (typeof value === 'number') {
    control = (
      <input
        id={id}
        type="number"
        inputMode="numeric"
        value={value}
        onInput={(e) => {
          const number = Number(e.currentTarget.value);
          if (e.currentTarget.value !== '' && Number.isFinite(number)) context.change(path, number);
        }}
      />
    );
  } else {
    // An id never changes once printed on a sign: shown, not edited.
    control = (
      <input
        id={id}
        value={value === null || value === undefined ? '' : String(value)}
        readOnly={key === 'id'}
        onInput={(e) => context.change(path, e.currentTarget.value)}
      />
    );
  }
  return (
    <div class={`studio-field${messages.length > 0 ? ' studio-field--problem' : ''}`}>
      <label for={id}>{label}</label>
      {control}
      <FieldProblems messages={messages} />
    </div>
  );
}

/** Texts a file may leave out (docs/content-format.md), offered as "Add" where they are absent. */
function optionalTextsOf(path: Path): string[] {
  const key = path[path.length - 1];
  if (key === 'location') return ['note'];
  if (typeof key === 'number' && path[path.length - 2] === 'images') return ['caption'];
  return [];
}

function labelOf(path: Path): string {
  const key = path[path.length - 1];
  if (typeof key === 'number') {
    const parent = path[path.length - 2];
    return `${fieldLabel(parent ?? '')} ${key + 1}`;
  }
  return fieldLabel(key ?? '');
}

export function FieldProblems({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul class="studio-field__problems">
      {messages.map((message) => (
        <li key={message} lang="en">
          {message}
        </li>
      ))}
    </ul>
  );
}

/** One text in every language, side by side; a missing language is flagged on the field. */
function TextField({
  path,
  value,
  context,
}: {
  path: Path;
  value: Record<string, unknown>;
  context: FieldContext;
}) {
  const label = labelOf(path);
  const oneLine = ONE_LINE.has(String(path[path.length - 1]));
  const own = context.problemsAt(fieldName(path));
  return (
    <fieldset class="studio-text">
      <legend>{label}</legend>
      <div class="studio-text__languages">
        {context.languages.map((code) => {
          const text = typeof value[code] === 'string' ? (value[code] as string) : '';
          const id = idOf([...path, code]);
          const messages = context.problemsAt(fieldName([...path, code]));
          const missing = text.trim() === '';
          const props = {
            id,
            lang: code,
            value: text,
            'aria-label': `${label} (${languageName(code)})`,
            'aria-invalid': messages.length > 0 || missing,
            'aria-describedby': missing ? `${id}-missing` : undefined,
            onInput: (event: Event) =>
              context.change([...path, code], (event.currentTarget as HTMLInputElement).value),
          };
          return (
            <div
              key={code}
              class={`studio-text__language${missing || messages.length > 0 ? ' studio-field--problem' : ''}`}
            >
              <span class="studio-text__code" aria-hidden="true">
                {languageName(code)}
              </span>
              {oneLine ? (
                <input {...props} />
              ) : (
                <textarea rows={Math.min(8, 2 + Math.floor(text.length / 70))} {...props} />
              )}
              {missing && (
                <span id={`${id}-missing`} class="studio-flag">
                  {s('missingHere', { lang: languageName(code) })}
                </span>
              )}
              <FieldProblems messages={messages} />
            </div>
          );
        })}
      </div>
      <FieldProblems messages={own} />
    </fieldset>
  );
}

/** A list: items added, removed, and moved by drag or with the Move up / Move down buttons. */
function ListField({
  path,
  value,
  context,
}: {
  path: Path;
  value: unknown[];
  context: FieldContext;
}) {
  const [dragged, setDragged] = useState<number | null>(null);
  const label = labelOf(path);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= value.length || from === to) return;
    const next = [...value];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    context.change(path, next);
  };
  const template = value[0] ?? Object.fromEntries(context.languages.map((code) => [code, '']));
  return (
    <fieldset class="studio-list-field">
      <legend>{label}</legend>
      <FieldProblems messages={context.problemsAt(fieldName(path))} />
      <ol>
        {value.map((item, index) => (
          <li
            key={index}
            draggable
            class={dragged === index ? 'studio-dragging' : undefined}
            onDragStart={(event) => {
              setDragged(index);
              event.dataTransfer?.setData('text/plain', String(index));
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              const from = Number(event.dataTransfer?.getData('text/plain') ?? dragged);
              if (Number.isInteger(from)) move(from, index);
              setDragged(null);
            }}
            onDragEnd={() => setDragged(null)}
          >
            <div class="studio-list-field__item">
              <FieldEditor path={[...path, index]} value={item} context={context} />
            </div>
            <div class="studio-list-field__buttons">
              <ItemAction
                action={s('moveUp')}
                item={itemName(path, index, item, context.languages)}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              />
              <ItemAction
                action={s('moveDown')}
                item={itemName(path, index, item, context.languages)}
                disabled={index === value.length - 1}
                onClick={() => move(index, index + 1)}
              />
              <ItemAction
                action={s('remove')}
                item={itemName(path, index, item, context.languages)}
                onClick={() =>
                  context.change(
                    path,
                    value.filter((_, i) => i !== index),
                  )
                }
              />
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => context.change(path, [...value, blankLike(template)])}>
        {s('add')}: {label}
      </button>
      {context.listExtras?.(path)}
    </fieldset>
  );
}

/** What a screen reader hears for an item's buttons: "Stop 2 (apheresis)". */
function itemName(path: Path, index: number, item: unknown, languages: string[]): string {
  const hint = getAt(item, ['stop']) ?? getAt(item, ['id']);
  const base = `${fieldLabel(path[path.length - 1] ?? '')} ${index + 1}`;
  if (typeof hint === 'string') return `${base} (${hint})`;
  const text = isText(item, languages) ? item[languages[0]] : undefined;
  return typeof text === 'string' && text ? `${base} (${text.slice(0, 30)})` : base;
}

/** A list item's button, named for screen readers with the item it acts on ("Remove: S1"). */
function ItemAction({
  action,
  item,
  disabled = false,
  onClick,
}: {
  action: string;
  item: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" disabled={disabled} onClick={onClick}>
      {action}
      <span class="visually-hidden">: {item}</span>
    </button>
  );
}
