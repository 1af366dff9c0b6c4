// Keeps the pages a phone opened so they open again without a connection: the participant's ticket
// (/tickets/sw.js, shown at the venue door where the signal is worst) and the facilitator's activity page
// with its check-in code (/activities/sw.js). Network first, but only for a few seconds: a connected but
// dead link makes a fetch hang for most of a minute, so after TIMEOUT_MS the last copy answers. Only
// pages, styles, scripts and images are kept; a page asked for with another query (?lang=en) falls back to
// the copy without it. The page itself puts its first copy in the cache (js/offline-page.js), since its
// first visit happens before this worker runs.
const CACHE = 'kombel-offline-pages';
const TIMEOUT_MS = 3000;
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', e => e.waitUntil(self.clients.claim()));

function kept(request) {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return false;
  return request.mode === 'navigate' || /\.(css|js|png|svg)$/.test(url.pathname);
}

// a versioned style or script (kombel-<content hash>.css) is kept under its plain name (as
// js/offline-page.js keeps it): the copy is found whichever release's page asks for it
function key(request) {
  const url = new URL(request.url);
  url.pathname = url.pathname.replace(/-[0-9a-f]{32}(\.(css|js))$/, '$1');
  return url.href;
}

function cached(request) {
  return caches.open(CACHE).then(c => c.match(key(request))
    .then(r => r || c.match(key(request), { ignoreSearch: true })));
}

self.addEventListener('fetch', e => {
  if (!kept(e.request)) return;
  const network = fetch(e.request).then(r => {
    // a sign-in page served instead of the page (redirected) is not the page
    if (r.ok && !r.redirected) { const copy = r.clone(); caches.open(CACHE).then(c => c.put(key(e.request), copy)); }
    return r;
  });
  const late = new Promise((resolve, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS));
  e.respondWith(Promise.race([network, late])
    .catch(() => cached(e.request).then(r => r || network))
    .catch(() => Response.error()));
});
