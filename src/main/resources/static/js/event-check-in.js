/*
 * Venue check-in that survives a bad connection. The event's roster (this event only) is kept in
 * localStorage; every check-in goes into a local queue first and is sent through the batch
 * endpoint whenever the phone is online. The server answers each item; the same ticket scanned on
 * two phones is one attendance, and what another phone did first is shown as a conflict.
 */
(function () {
  'use strict';
  var root = document.getElementById('checkin');
  if (!root) { return; }
  var d = root.dataset;
  var eventId = d.event;
  var KEY_ROSTER = 'kombel-roster-' + eventId, KEY_QUEUE = 'kombel-queue-' + eventId,
    KEY_DONE = 'kombel-done-' + eventId, KEY_CONFLICTS = 'kombel-conflicts-' + eventId;
  var ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

  function load(key, fallback) {
    try { var v = localStorage.getItem(key); return v ? JSON.parse(v) : fallback; } catch (e) { return fallback; }
  }
  function save(key, value) { try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* full */ } }
  function fmt(msg) { var args = [].slice.call(arguments, 1); return msg.replace(/\{(\d)\}/g, function (m, i) { return args[i]; }); }
  function $(id) { return document.getElementById(id); }
  // hours and minutes in the page's language, 24-hour: toLocaleTimeString().slice(0, 5) gave
  // "4:10:" on a phone set to English
  var CLOCK = new Intl.DateTimeFormat(document.documentElement.lang || 'id', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  function clock(date) { return CLOCK.format(date); }

  var device = localStorage.getItem('kombel-device');
  if (!device) {
    device = 'HP-' + Math.random().toString(36).slice(2, 6).toUpperCase();
    localStorage.setItem('kombel-device', device);
  }
  var roster = load(KEY_ROSTER, { participants: [] });
  var queue = load(KEY_QUEUE, []);
  var done = load(KEY_DONE, {});          // "TICKET:SESSION" -> true, from the server and this phone
  var conflicts = load(KEY_CONFLICTS, []);
  var byTicket = {};
  var syncing = false;

  function index() {
    byTicket = {};
    roster.participants.forEach(function (p) {
      byTicket[p.ticket] = p;
      (p.sessions || []).forEach(function (s) { done[p.ticket + ':' + s] = true; });
    });
  }
  index();

  function session() {
    var checked = root.querySelector('input[name=session]:checked');
    return checked ? checked.value : null;
  }

  /** "abcd-efgh", or a scanned ticket address ".../tickets/ABCDEFGH?s=..." */
  function ticketOf(text) {
    var m = /\/tickets\/([A-Za-z0-9-]{8,9})/.exec(text);
    var code = (m ? m[1] : text).toUpperCase().replace(/[\s-]/g, '');
    if (code.length !== 8) { return null; }
    for (var i = 0; i < 8; i++) { if (ALPHABET.indexOf(code[i]) < 0) { return null; } }
    return code;
  }

  function show(text, ok) {
    var r = $('result');
    r.hidden = false;
    r.textContent = text;
    r.className = ok ? 'notice' : 'error';
  }

  function log(text) {
    var li = document.createElement('li');
    li.textContent = clock(new Date()) + ' · ' + text;
    var list = $('log');
    list.insertBefore(li, list.firstChild);
    while (list.children.length > 30) { list.removeChild(list.lastChild); }
  }

  function status() {
    var online = navigator.onLine;
    $('net').textContent = online ? d.msgOnline : d.msgOffline;
    $('net').className = 'chip ' + (online ? 'state-ACTIVE' : 'state-STALLED');
    $('pending').textContent = fmt(d.msgPending, queue.length);
    var s = session(), present = 0;
    roster.participants.forEach(function (p) { if (done[p.ticket + ':' + s]) { present++; } });
    $('count').textContent = fmt(d.msgCount, present, roster.participants.length);
    var list = $('conflicts');
    if (conflicts.length) {
      list.innerHTML = '';
      conflicts.slice(-20).reverse().forEach(function (c) {
        var li = document.createElement('li');
        li.className = 'error';
        li.textContent = c;
        list.appendChild(li);
      });
    }
  }

  /** Check in locally at once; the queue carries it to the server. */
  function checkIn(raw) {
    var s = session();
    var code = ticketOf(raw);
    if (!code) { show(fmt(d.msgUnknown, raw), false); return; }
    var p = byTicket[code];
    // a code not in the loaded list is asked of the server at once while online (a walk-in added on another
    // phone is on its list): announcing it as present first would greet a stranger with "hadir"
    if (!p && navigator.onLine) { askServer(raw, code, s); return; }
    var name = p ? p.name : code;
    if (done[code + ':' + s]) {
      show(fmt(d.msgAlready, name, s), false);
      log(fmt(d.msgAlready, name, s));
      return;
    }
    done[code + ':' + s] = true;
    save(KEY_DONE, done);
    queue.push({ key: device + '-' + Date.now() + '-' + Math.random().toString(36).slice(2, 6),
      ticket: raw.indexOf('/tickets/') >= 0 ? raw : code, session: s, at: new Date().toISOString(), device: device });
    save(KEY_QUEUE, queue);
    show(fmt(navigator.onLine ? d.msgChecked : d.msgQueued, name, s), true);
    log(fmt(d.msgChecked, name, s));
    status();
    sync();
  }

  /** One unknown code, sent alone; only offline (or with the server away) does it wait in the queue. */
  function askServer(raw, code, s) {
    var item = { key: device + '-' + Date.now() + '-' + Math.random().toString(36).slice(2, 6),
      ticket: raw.indexOf('/tickets/') >= 0 ? raw : code, session: s, at: new Date().toISOString(), device: device };
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[d.csrfHeader] = d.csrf;
    fetch(d.sync, { method: 'POST', headers: headers, body: JSON.stringify([item]), credentials: 'same-origin' })
      .then(function (r) {
        if (r.redirected || r.status === 401 || r.status === 403) { show(d.msgSignedOut, false); return null; }
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      })
      .then(function (answer) {
        if (!answer) { return; }
        var a = answer.results[0] || {};
        if (a.status === 'REJECTED') {
          show(fmt(d.msgNotListed, code), false);
          log(fmt(d.msgNotListed, code));
        } else if (a.status === 'ALREADY_CHECKED_IN') {
          show(fmt(d.msgAlready, a.name || code, s), false);
          log(fmt(d.msgAlready, a.name || code, s));
          refresh();
        } else {
          done[code + ':' + s] = true;
          save(KEY_DONE, done);
          show(fmt(d.msgChecked, a.name || code, s), true);
          log(fmt(d.msgChecked, a.name || code, s));
          refresh();
        }
        status();
      })
      .catch(function () {
        // the link is dead although the phone says online: keep it, the server decides later
        done[code + ':' + s] = true;
        save(KEY_DONE, done);
        queue.push(item);
        save(KEY_QUEUE, queue);
        show(fmt(d.msgQueued, code, s), true);
        status();
      });
  }

  function sync() {
    if (syncing || !queue.length || !navigator.onLine) { return; }
    syncing = true;
    var batch = queue.slice(0, 200);
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[d.csrfHeader] = d.csrf;
    var signedOut = false;
    fetch(d.sync, { method: 'POST', headers: headers, body: JSON.stringify(batch), credentials: 'same-origin' })
      .then(function (r) {
        // a session that ran out (a long lunch without check-ins) answers with the sign-in page, not JSON:
        // say so, or the queue would wait forever while the phone looks online
        if (r.redirected || r.status === 401 || r.status === 403) {
          signedOut = true;
          show(d.msgSignedOut, false);
        }
        if (!r.ok || signedOut) { throw new Error('HTTP ' + r.status); }
        return r.json();
      })
      .then(function (answer) {
        var answered = {};
        answer.results.forEach(function (a) {
          answered[a.key] = true;
          if (a.status === 'ALREADY_CHECKED_IN' && a.device && a.device !== device) {
            conflicts.push(fmt(d.msgConflict, a.name, a.session, a.device,
              clock(new Date(a.checkedInAt))));
          } else if (a.status === 'REJECTED') {
            conflicts.push(a.ticket + ': ' + a.reason);
            var code = ticketOf(a.ticket || '');
            if (code) { Object.keys(done).forEach(function (k) { if (k.indexOf(code + ':') === 0 && !byTicket[code]) { delete done[k]; } }); }
          } else if (a.status === 'CHECKED_IN' && a.ticket && !byTicket[ticketOf(a.ticket)]) {
            refresh();
          }
        });
        queue = queue.filter(function (q) { return !answered[q.key]; });
        save(KEY_QUEUE, queue);
        save(KEY_CONFLICTS, conflicts);
        save(KEY_DONE, done);
        if (batch.length) { log(fmt(d.msgSynced, batch.length)); }
      })
      .catch(function () { /* offline or server away: the queue waits */ })
      .then(function () {
        syncing = false; status();
        if (queue.length && navigator.onLine && !signedOut) { setTimeout(sync, 3000); }
      });
  }

  function refresh() {
    if (!navigator.onLine) { return; }
    fetch(d.roster, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(); } return r.json(); })
      .then(function (data) { roster = data; save(KEY_ROSTER, roster); index(); save(KEY_DONE, done); status(); })
      .catch(function () { /* keep what was loaded before */ });
  }

  $('typed').addEventListener('submit', function (e) {
    e.preventDefault();
    var input = $('code');
    if (input.value.trim()) { checkIn(input.value.trim()); }
    input.value = '';
    input.focus();
  });

  $('find').addEventListener('input', function () {
    var q = this.value.trim().toLowerCase();
    var list = $('matches');
    list.innerHTML = '';
    if (q.length < 2) { return; }
    roster.participants.filter(function (p) { return p.name.toLowerCase().indexOf(q) >= 0; }).slice(0, 15)
      .forEach(function (p) {
        var li = document.createElement('li');
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'secondary button';
        b.textContent = d.msgPresent;
        b.addEventListener('click', function () { checkIn(p.ticket); $('find').value = ''; list.innerHTML = ''; });
        var label = document.createElement('span');
        label.textContent = p.name + (p.school ? ' · ' + p.school : '') + ' ';
        li.appendChild(label);
        li.appendChild(b);
        list.appendChild(li);
      });
  });

  root.querySelectorAll('input[name=session]').forEach(function (r) { r.addEventListener('change', status); });

  // camera scanning where the browser can read QR codes itself; typing and name search remain otherwise
  if ('BarcodeDetector' in window && navigator.mediaDevices) {
    $('scan').hidden = false;
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    var video = $('video'), last = '', lastAt = 0;
    $('scan-start').addEventListener('click', function () {
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
        video.srcObject = stream;
        video.hidden = false;
        video.play();
        (function tick() {
          detector.detect(video).then(function (codes) {
            if (codes.length) {
              var value = codes[0].rawValue, now = Date.now();
              if (value !== last || now - lastAt > 4000) { last = value; lastAt = now; checkIn(value); }
            }
          }).catch(function () {}).then(function () { if (!video.hidden) { setTimeout(tick, 300); } });
        })();
      }).catch(function () { show(d.msgCamera, false); });
    });
  }

  window.addEventListener('online', function () { status(); sync(); refresh(); });
  window.addEventListener('offline', status);
  setInterval(sync, 15000);
  // what the other phones at the venue checked in arrives every few minutes, and the session stays alive
  setInterval(refresh, 120000);
  if ('serviceWorker' in navigator && d.sw) {
    navigator.serviceWorker.register(d.sw).catch(function () {});
  }
  status();
  refresh();
  sync();
})();
