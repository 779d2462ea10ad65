// Reef-A-Matic's service worker (ADR 0024): the app shell and the last-seen API answers, so an
// installed app opens and shows the last results offline. Hand-written because the API reads are
// POSTs with JSON bodies, which Angular's service worker never caches.
const SHELL = 'ram-shell-v1';
const DATA = 'ram-data-v1';
const SHELL_FILES = [
  '/index.html',
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/favicon.ico',
];

// Reads whose answers are kept for offline use; a body's `action` must be a read too.
const READ_PATHS = new Set([
  '/user',
  '/user/target-ranges',
  '/user/reef-reviews',
  '/user/dashboard',
  '/user/template',
  '/user/alerts',
  '/test/history',
  '/test/history/list',
  '/test/history/icp',
  '/test/history/icp/trend',
  '/test/elements/list',
  '/dose/history',
  '/dose/history/list',
  '/dose/elements/list',
  '/program/history',
  '/program/history/list',
]);
const READ_ACTIONS = new Set([undefined, 'GET', 'LIST', 'DETAIL', 'SUMMARY']);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k !== SHELL && k !== DATA).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'CLEAR_DATA') event.waitUntil(caches.delete(DATA));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && url.pathname.startsWith('/api/')) {
    const path = url.pathname.slice('/api'.length);
    if (READ_PATHS.has(path)) event.respondWith(apiRead(request, path));
    return;
  }
  if (
    request.method !== 'GET' ||
    url.pathname.startsWith('/api/') ||
    url.pathname.startsWith('/auth/') ||
    url.pathname.startsWith('/_local/')
  )
    return;
  if (request.mode === 'navigate') event.respondWith(shellPage(event));
  else if (url.pathname === '/config.json') event.respondWith(networkFirst(request, SHELL));
  else event.respondWith(cacheFirst(request));
});

/** The app page from the cache at once; the network copy is fetched behind it and, when it differs, announced. */
async function shellPage(event) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match('/index.html');
  const fresh = fetch('/index.html', { cache: 'no-store' }).then(async (response) => {
    if (!response.ok) return response;
    const text = await response.clone().text();
    const before = cached ? await cached.clone().text() : null;
    await cache.put('/index.html', response.clone());
    if (before !== null && before !== text) await announce({ type: 'UPDATE_AVAILABLE' });
    return response;
  });
  if (cached) {
    event.waitUntil(fresh.catch(() => undefined));
    return cached;
  }
  return fresh;
}

async function announce(message) {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

/** Hashed build files never change: the cache answers, the network fills it. */
async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

/** The keeper's subject from the ID token, so one keeper's copies never answer another's. */
function subjectOf(request) {
  try {
    const token = (request.headers.get('authorization') || '').replace(/^Bearer\s+/i, '');
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}

async function digest(text) {
  const bytes = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  );
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Network first; offline, the last answer to the same read by the same keeper, marked as a copy. */
async function apiRead(request, path) {
  const body = await request.clone().text();
  let action;
  try {
    action = JSON.parse(body || '{}').action;
  } catch {
    return fetch(request);
  }
  const sub = subjectOf(request);
  if (!sub || !READ_ACTIONS.has(action)) return fetch(request);
  const key = new Request(`/__ram-data__${path}?k=${await digest(`${sub}\n${body}`)}`);
  const cache = await caches.open(DATA);
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = new Response(await response.clone().blob(), {
        status: 200,
        headers: { 'content-type': 'application/json', 'x-ram-saved-at': new Date().toISOString() },
      });
      await cache.put(key, copy);
    }
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (!cached) throw error;
    const headers = new Headers(cached.headers);
    headers.set('x-ram-offline-copy', headers.get('x-ram-saved-at') || 'unknown');
    return new Response(await cached.blob(), { status: 200, headers });
  }
}
