/** The tour's mark: a blood drop in a ring. Decorative; the center's name is always beside it. */
export function Logo({ size = 40 }: { size?: number }) {
  return (
    <svg aria-hidden="true" class="logo" viewBox="0 0 48 48" width={size} height={size}>
      <circle cx="24" cy="24" r="22" fill="none" stroke="currentColor" stroke-width="3" />
      <path fill="#b3261e" d="M24 9c-5.5 8-11 13.4-11 20a11 11 0 0 0 22 0c0-6.6-5.5-12-11-20Z" />
      <path
        fill="#fff"
        opacity=".75"
        d="M18.5 29.5a5.5 5.5 0 0 0 5.5 5.5v-2.6a2.9 2.9 0 0 1-2.9-2.9Z"
      />
    </svg>
  );
}
