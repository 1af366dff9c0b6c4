// The venue check-in page's service worker, registered as /events/{id}/sw.js so its scope is that event
// (VenueCheckInController serves this file there). Network first, but only for a few seconds: a venue's
// link is often connected but dead, and a fetch there hangs for most of a minute, so after TIMEOUT_MS the
// last copy answers. It fetches the page, roster, script and style once on install: the first visit
// happens before it runs, so without that a phone that opened the page once would have nothing to reopen
// offline. A page asked for with another query (?lang=en) falls back to the copy of the same page
// without it, which is better than nothing at the door.
const EVENT = (self.location.pathname.match(/\/events\/(\d+)\/sw\.js$/) || [])[1];
const CACHE = 'kombel-check-in-' + EVENT;
const PAGE = ['check-in', 'check-in/roster.json', '../../js/event-check-in.js', '../../css/kombel.css'];
const TIMEOUT_MS = 3000;
self.addEventListener('install', e => {
  self.skipWaiting();
  e.waitUntil(caches.open(CACHE).then(c => Promise.all(PAGE.map(u => c.add(u).catch(() => {})))));
});
self.addEventListener('activate', e => e.waitUntil(self.clients.claim()));

// a versioned style or script (kombel-<content hash>.css, as the page links it) is kept under its plain
// name, which install fetched: offline, the page's versioned link finds it, and after a release too
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
  if (e.request.method !== 'GET') return;
  const network = fetch(e.request).then(r => {
    if (r.ok) { const copy = r.clone(); caches.open(CACHE).then(c => c.put(key(e.request), copy)); }
    return r;
  });
  const late = new Promise((resolve, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS));
  e.respondWith(Promise.race([network, late])
    .catch(() => cached(e.request).then(r => r || network))
    .catch(() => Response.error()));
});
