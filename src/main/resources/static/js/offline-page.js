/*
 * A page that must open again without a connection (a ticket at the venue door, the check-in code of an
 * activity): registers the offline worker named in data-sw, and puts this page, its style, scripts and
 * images in the worker's cache at once, since the first visit happens before the worker runs.
 */
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me || !('serviceWorker' in navigator) || !window.caches) { return; }
  navigator.serviceWorker.register(me.dataset.sw).catch(function () {});
  var urls = [location.href];
  document.querySelectorAll('link[rel=stylesheet][href], script[src], img[src]').forEach(function (el) {
    var u = new URL(el.getAttribute('href') || el.getAttribute('src'), location.href);
    if (u.origin === location.origin) { urls.push(u.href); }
  });
  // a versioned style or script (kombel-<content hash>.css) is kept under its plain name, as the worker
  // looks it up
  function key(u) { return u.replace(/-[0-9a-f]{32}(\.(css|js))(?=$|[?#])/, '$1'); }
  caches.open('kombel-offline-pages').then(function (c) {
    return Promise.all(urls.map(function (u) {
      return fetch(u).then(function (r) { if (r.ok) { return c.put(key(u), r); } }).catch(function () {});
    }));
  }).catch(function () {});
})();
