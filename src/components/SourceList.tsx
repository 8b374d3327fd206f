import type { Source } from '../content/types.ts';

const CJK = /[\u3400-\u9fff]/;

/** Sources are cited as published, in their own language; each carries its `lang`. */
export function SourceList({ sources, label }: { sources: Source[]; label: string }) {
  return (
    <details class="sources">
      <summary>{label}</summary>
      <ol>
        {sources.map((source) => (
          <li key={`${source.ref}-${source.title}`} lang={CJK.test(source.title) ? 'zh-CN' : 'en'}>
            {/* One string per text node, as the prerendered HTML has it: hydration keeps it. */}
            {source.ref && <span class="sources__ref">{`[${source.ref}] `}</span>}
            {source.url ? `${source.title} ` : source.title}
            {source.url && <span class="sources__url">{source.url}</span>}
          </li>
        ))}
      </ol>
    </details>
  );
}
