import { GlossaryList } from '../../components/GlossaryList.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSortedGlossary } from '../../content/use-glossary.ts';
import { language, translator } from '../../i18n/index.ts';
import './GlossaryPage.css';

export function GlossaryPage() {
  const lang = language.value;
  const t = translator(lang);
  const sorted = useSortedGlossary(lang);
  useDocumentTitle(t('glossary'));

  return (
    <div class="glossary-page">
      <PageHeading>{t('glossary')}</PageHeading>
      <p class="glossary-page__intro">{t('glossaryIntro')}</p>
      {!sorted && <p aria-live="polite">{t('loading')}</p>}
      {sorted && <GlossaryList terms={sorted} lang={lang} size="page" />}
    </div>
  );
}
