import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

let firstPage = true;

/**
 * The page's h1. After an in-app navigation it takes focus, so screen readers announce the
 * new page and keyboard users start from its top (as a full page load would).
 */
export function PageHeading({
  children,
  class: className,
}: {
  children: ComponentChildren;
  class?: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} class={className}>
      {children}
    </h1>
  );
}
