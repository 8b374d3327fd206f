import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { translator } from '../../i18n/index.ts';
import './PagedColumns.css';

/**
 * Text that fits the screen, in pages instead of a long scroll: the content flows into CSS
 * columns as tall as the panel, and each page is one panel width of columns (the overflowing
 * columns are slid into view). Works for any length and any screen; the pager appears only when
 * there is more than one page.
 */
export function PagedColumns({
  children,
  label,
  leading,
  class: className = '',
}: {
  children: ComponentChildren;
  /** What is paged, for the pager's accessible name. */
  label: string;
  /** Controls shown at the start of the pager's row (e.g. tabs). */
  leading?: ComponentChildren;
  class?: string;
}) {
  const viewport = useRef<HTMLDivElement>(null);
  const flow = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(1);
  const [page, setPage] = useState(0);
  const [step, setStep] = useState(0);
  const t = translator();

  useLayoutEffect(() => {
    const element = flow.current;
    if (!element) return;
    const measure = () => {
      // The next page's first column starts one width plus one column gap to the right.
      const gap = Number.parseFloat(getComputedStyle(element).columnGap) || 0;
      const width = element.clientWidth + gap;
      const count =
        width > gap ? Math.max(1, Math.ceil((element.scrollWidth + gap) / width - 0.01)) : 1;
      // Content that must fit one column whole (a diagram) sizes itself by this.
      element.style.setProperty('--paged-height', `${element.clientHeight}px`);
      setStep(width);
      setPages(count);
      setPage((current) => Math.min(current, count - 1));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // Images and web fonts change the flow after the first layout.
    element.addEventListener('load', measure, true);
    void document.fonts?.ready.then(measure);
    return () => {
      observer.disconnect();
      element.removeEventListener('load', measure, true);
    };
  }, []);

  // Keyboard focus on a term in a later page: show that page (and undo the browser's own scroll).
  const onFocusIn = (event: FocusEvent) => {
    const element = flow.current;
    if (!element || !(event.target instanceof HTMLElement) || step === 0) return;
    viewport.current?.scrollTo(0, 0);
    const offset = event.target.getBoundingClientRect().left - element.getBoundingClientRect().left;
    setPage(Math.max(0, Math.min(pages - 1, Math.floor(offset / step))));
  };

  return (
    <div class={`paged ${className}`}>
      <div ref={viewport} class="paged__viewport" onFocusIn={onFocusIn}>
        <div ref={flow} class="paged__flow" style={{ transform: `translateX(${-page * step}px)` }}>
          {children}
        </div>
      </div>
      {(leading || pages > 1) && (
        <div class="paged__controls">
          {leading}
          {pages > 1 && (
            <nav class="paged__pager" aria-label={label}>
              <button
                type="button"
                class="kiosk-button kiosk-button--secondary paged__button"
                aria-label={t('kiosk:previousPage')}
                disabled={page === 0}
                onClick={() => setPage(page - 1)}
              >
                <span aria-hidden="true">‹</span>
              </button>
              <span class="paged__position">
                <span aria-hidden="true">
                  {page + 1} / {pages}
                </span>
                <span class="visually-hidden" aria-live="polite">
                  {t('kiosk:pageOf', { page: page + 1, pages })}
                </span>
              </span>
              <button
                type="button"
                class="kiosk-button kiosk-button--secondary paged__button"
                aria-label={t('kiosk:nextPage')}
                disabled={page >= pages - 1}
                onClick={() => setPage(page + 1)}
              >
                <span aria-hidden="true">›</span>
              </button>
            </nav>
          )}
        </div>
      )}
    </div>
  );
}
