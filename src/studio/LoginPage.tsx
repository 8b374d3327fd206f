import { useState } from 'preact/hooks';
import { call, parsed, type Session, SessionSchema } from './api.ts';
import { s } from './strings.ts';

export function LoginPage({
  onSignedIn,
  ended,
}: {
  onSignedIn: (session: Session) => void;
  ended: boolean;
}) {
  const [message, setMessage] = useState(ended ? s('sessionEnded') : '');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    const answer = await call('POST', '/login', {
      name: String(form.get('name') ?? '')
        .trim()
        .toLowerCase(),
      password: String(form.get('password') ?? ''),
    });
    setBusy(false);
    const session = parsed(SessionSchema, answer);
    if (session) return onSignedIn(session);
    setMessage(
      answer.status === 429 ? s('slowDown') : answer.status === 401 ? s('loginFailed') : s('error'),
    );
  };

  return (
    <main class="studio-main studio-login">
      <h1>{s('studio')}</h1>
      <form onSubmit={submit}>
        <label>
          {s('name')}
          <input name="name" autocomplete="username" required autoCapitalize="none" />
        </label>
        <label>
          {s('password')}
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        <button type="submit" disabled={busy}>
          {s('logIn')}
        </button>
        <p role="alert" class="studio-message">
          {message}
        </p>
      </form>
    </main>
  );
}
