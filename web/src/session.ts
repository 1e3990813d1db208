// The sign-in control: user and password → POST /api/auth/login (the server sets an HttpOnly
// session cookie, which scripts never see); shows who is signed in, and signs out.

export interface Me { user?: string; role: string; party?: string; permissions: string[]; expiresAt?: string; }

async function me(): Promise<Me> {
  let response = await fetch('/api/auth/me', { headers: { Accept: 'application/json' } });
  // An expired or revoked session is a 401 that also clears the cookie: asking again is asking as the public.
  if (response.status === 401) response = await fetch('/api/auth/me', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`/api/auth/me: ${response.status}`);
  return response.json() as Promise<Me>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function render(root: HTMLElement, who: Me, message = ''): void {
  root.replaceChildren();
  // Other parts of the page (the sites layer) redraw for the new caller.
  window.dispatchEvent(new CustomEvent<Me>('truce-session', { detail: who }));
  if (who.user) {
    const out = el('button', { type: 'button', id: 'sign-out', textContent: 'Sign out' });
    out.addEventListener('click', async () => {
      await fetch('/api/auth/logout', { method: 'POST' });
      render(root, await me());
    });
    root.append(el('span', { id: 'session-name', textContent: who.user }), el('span', { className: 'muted', textContent: ` (${who.role}) ` }), out);
    return;
  }

  const user = el('input', { id: 'session-user', name: 'user', autocomplete: 'username', placeholder: 'user', required: true });
  user.setAttribute('aria-label', 'User');
  const password = el('input', { id: 'session-password', name: 'password', type: 'password', autocomplete: 'current-password', placeholder: 'password', required: true });
  password.setAttribute('aria-label', 'Password');
  const form = el('form', { id: 'sign-in' }, user, password, el('button', { type: 'submit', textContent: 'Sign in' }));
  if (message) form.append(el('span', { className: 'error', role: 'alert', textContent: ` ${message}` }));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ user: user.value, password: password.value }),
    });
    if (response.ok) render(root, await response.json() as Me);
    else render(root, { role: 'public', permissions: [] }, response.status === 401 ? 'Wrong user name or password.' : `Sign-in failed (${response.status}).`);
  });
  root.append(form);
}

/** Asks who is signed in and draws the control in <paramref>root</paramref>; call before the data requests, so a stale cookie is cleared first. */
export async function initSession(root: HTMLElement): Promise<Me> {
  const who = await me();
  render(root, who);
  return who;
}
