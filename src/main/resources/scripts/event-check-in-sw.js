// The venue check-in page's service worker, registered as /events/{id}/sw.js so its scope is that event
// (VenueCheckInController serves this file there). Network first, the last copy when offline, so the page
// and its roster open again on a phone that lost its connection. It fetches the page, roster, script and
// style once on install: the first visit happens before it runs, so without that a phone that opened the
// page once would have nothing to reopen offline.
const EVENT = (self.location.pathname.match(/\/events\/(\d+)\/sw\.js$/) || [])[1];
const CACHE = 'kombel-check-in-' + EVENT;
const PAGE = ['check-in', 'check-in/roster.json', '../../js/event-check-in.js', '../../css/kombel.css'];
self.addEventListener('install', e => {
  self.skipWaiting();
  e.waitUntil(caches.open(CACHE).then(c => Promise.all(PAGE.map(u => c.add(u).catch(() => {})))));
});
self.addEventListener('activate', e => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', e => {
  if (e.request.method !== 'GET') return;
  e.respondWith(fetch(e.request).then(r => {
    if (r.ok) { const copy = r.clone(); caches.open(CACHE).then(c => c.put(e.request, copy)); }
    return r;
  }).catch(() => caches.match(e.request).then(r => r || Response.error())));
});
