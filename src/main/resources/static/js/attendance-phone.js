// The guard's clock-in page: a clock-in or clock-out is put into a queue kept on the phone (IndexedDB), with an id
// made here, the phone's time and its position when it has one, and sent whenever there is a signal. An event leaves
// the queue only when the server has answered for it (accepted, duplicate or rejected), so nothing recorded is lost
// and sending the same event twice never stores it twice.
(function () {
  'use strict';
  var root = document.getElementById('clock-phone');
  if (!root) {
    return;
  }
  var DB = 'garrison-attendance';
  var STORE = 'queue';
  var position = null;
  var syncing = false;
  var syncAgain = false;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/attendance/sw.js', { scope: '/attendance/' });
  }
  if (navigator.geolocation) {
    navigator.geolocation.watchPosition(function (p) { position = p.coords; }, function () { position = null; },
      { enableHighAccuracy: true, maximumAge: 30000 });
  }

  function msg(name) { return root.dataset['msg' + name] || name; }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function deviceId() {
    var id = localStorage.getItem('garrison.deviceId');
    if (!id) {
      id = 'phone-' + uuid();
      localStorage.setItem('garrison.deviceId', id);
    }
    return id;
  }

  function db() {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open(DB, 1);
      open.onupgradeneeded = function () { open.result.createObjectStore(STORE, { keyPath: 'eventId' }); };
      open.onsuccess = function () { resolve(open.result); };
      open.onerror = function () { reject(open.error); };
    });
  }

  function tx(mode, work) {
    return db().then(function (database) {
      return new Promise(function (resolve, reject) {
        var t = database.transaction(STORE, mode);
        var result = work(t.objectStore(STORE));
        t.oncomplete = function () { resolve(result && result.result !== undefined ? result.result : result); };
        t.onerror = function () { reject(t.error); };
      });
    });
  }

  function queued() { return tx('readonly', function (store) { return store.getAll(); }); }

  function showQueue() {
    return queued().then(function (items) {
      var status = document.getElementById('queue-status');
      status.dataset.count = String(items.length);
      status.textContent = items.length ? msg('Waiting').replace('{0}', items.length) : '';
    });
  }

  function showNetwork() {
    var badge = document.getElementById('net-status');
    badge.textContent = navigator.onLine ? msg('Online') : msg('Offline');
    badge.className = 'badge ' + (navigator.onLine ? 'text-bg-success' : 'text-bg-warning');
    badge.dataset.online = String(navigator.onLine);
  }

  function log(text, tone) {
    var item = document.createElement('li');
    item.className = 'list-group-item list-group-item-' + tone;
    item.textContent = new Date().toLocaleTimeString() + ' ' + text;
    document.getElementById('clock-log').prepend(item);
  }

  function labelOf(event) {
    var card = document.querySelector('.shift[data-shift="' + event.shiftId + '"]');
    return (event.kind === 'IN' ? msg('In') : msg('Out')) + (card ? ' · ' + card.dataset.label : '');
  }

  // A sync asked for while one is running runs right after it; so does the rest of a queue longer than one upload.
  function sync() {
    if (syncing) {
      syncAgain = true;
      return Promise.resolve();
    }
    syncing = true;
    syncAgain = false;
    var more = false;
    return queued().then(function (items) {
      if (!items.length) {
        return null;
      }
      more = items.length > 100;
      var batch = items.slice(0, 100);
      var byId = {};
      batch.forEach(function (event) { byId[event.eventId] = event; });
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      var token = document.querySelector('meta[name="_csrf"]');
      var header = document.querySelector('meta[name="_csrf_header"]');
      if (token && header) {
        headers[header.content] = token.content;
      }
      return fetch(root.dataset.syncUrl, {
        method: 'POST', headers: headers, credentials: 'same-origin',
        body: JSON.stringify({ deviceSentAt: new Date().toISOString(), deviceId: deviceId(), events: batch })
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('sync answered ' + response.status);
        }
        return response.json();
      }).then(function (reply) {
        return tx('readwrite', function (store) {
          reply.results.forEach(function (result) {
            store.delete(result.eventId);
            var label = byId[result.eventId] ? labelOf(byId[result.eventId]) : '';
            if (result.status === 'ACCEPTED') {
              var flagged = (result.flagReasons || []).length;
              log(msg('Accepted') + ' ' + label + (flagged ? ' · ' + result.flagReasons.join(' · ') : ''),
                flagged ? 'warning' : 'success');
            } else if (result.status === 'DUPLICATE') {
              log(msg('Duplicate') + ' ' + label, 'secondary');
            } else {
              log(result.reason, 'danger');
            }
          });
        });
      });
    }).catch(function () {
      more = false;
      return null;
    }).then(function () {
      syncing = false;
      if ((syncAgain || more) && navigator.onLine) {
        return sync();
      }
      return showQueue();
    });
  }

  function clock(event) {
    var card = event.target.closest('.shift');
    var item = { eventId: uuid(), shiftId: Number(card.dataset.shift), kind: event.target.dataset.kind,
      occurredAt: new Date().toISOString() };
    if (position) {
      item.latitude = position.latitude;
      item.longitude = position.longitude;
    }
    tx('readwrite', function (store) { store.put(item); }).then(function () {
      log(msg('Queued').replace('{0}', labelOf(item)), 'info');
      return showQueue();
    }).then(function () {
      if (navigator.onLine) {
        sync();
      }
    });
  }

  document.querySelectorAll('.clock').forEach(function (b) { b.addEventListener('click', clock); });
  window.addEventListener('online', function () { showNetwork(); sync(); });
  window.addEventListener('offline', showNetwork);
  showNetwork();
  showQueue().then(sync);
  setInterval(function () { if (navigator.onLine) { sync(); } }, 30000);
})();
