/*
 * After sign-out (the home page with ?signedOut): what this phone kept to open offline goes, so the next
 * person on a shared phone cannot open the previous one's pages without a connection: the offline copies
 * (tickets, activity check-in codes, venue check-in pages and their rosters), the workers that answer from
 * them, and the venue rosters' names in localStorage. Check-ins not yet sent stay queued (kombel-queue-*),
 * to be sent at the next sign-in; a check-in is not lost for signing out.
 */
(function () {
  'use strict';
  if (window.caches) {
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf('kombel-') === 0; })
        .map(function (n) { return caches.delete(n); }));
    }).catch(function () {});
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.getRegistrations().then(function (registrations) {
      registrations.forEach(function (r) { r.unregister(); });
    }).catch(function () {});
  }
  try {
    Object.keys(localStorage).filter(function (k) { return /^kombel-(roster|done|conflicts)-/.test(k); })
      .forEach(function (k) { localStorage.removeItem(k); });
  } catch (e) { /* storage unavailable: nothing kept */ }
})();
