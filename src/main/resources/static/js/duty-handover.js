// The guard's handover page: an entry written here is kept on the phone (IndexedDB) with an id made here and the
// phone's time, and sent whenever there is a signal. It leaves the queue only when the server has answered for it
// (stored, already stored, or refused with a reason), so nothing written is lost and an entry sent twice is stored
// once. Without this script the form posts as a plain form, with the id the server put in it. A service worker
// (/duty/sw.js) keeps the page and its files, so the page reloads without signal too.
(function () {
  'use strict';
  var root = document.getElementById('handover-phone');
  var form = document.getElementById('handover-form');
  if (!root) {
    return;
  }
  var DB = 'garrison-duty';
  var STORE = 'handovers';
  var syncing = false;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/duty/sw.js', { scope: '/duty/' });
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

  function db() {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open(DB, 1);
      open.onupgradeneeded = function () {
        if (!open.result.objectStoreNames.contains(STORE)) {
          open.result.createObjectStore(STORE, { keyPath: 'clientId' });
        }
      };
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

  function log(text, kind) {
    var item = document.createElement('li');
    item.className = 'list-group-item list-group-item-' + kind;
    item.textContent = text;
    var list = document.getElementById('handover-log');
    list.insertBefore(item, list.firstChild);
  }

  function showNetwork() {
    var badge = document.getElementById('net-status');
    badge.textContent = navigator.onLine ? msg('Online') : msg('Offline');
    badge.className = 'badge ' + (navigator.onLine ? 'text-bg-success' : 'text-bg-warning');
    badge.dataset.online = String(navigator.onLine);
  }

  function headers() {
    var result = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      result[header.content] = token.content;
    }
    return result;
  }

  function sync() {
    if (syncing) {
      return Promise.resolve();
    }
    syncing = true;
    return queued().then(function (items) {
      if (!items.length) {
        return null;
      }
      var batch = items.slice(0, 50);
      return fetch(root.dataset.syncUrl, {
        method: 'POST', headers: headers(), credentials: 'same-origin', body: JSON.stringify({ entries: batch })
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('sync answered ' + response.status);
        }
        return response.json();
      }).then(function (reply) {
        return tx('readwrite', function (store) {
          reply.results.forEach(function (result) {
            store.delete(result.clientId);
            if (result.outcome === 'ACCEPTED') {
              log(msg('Accepted'), 'success');
            } else if (result.outcome === 'DUPLICATE') {
              log(msg('Duplicate'), 'secondary');
            } else {
              log(result.reason, 'danger');
            }
          });
        });
      });
    }).catch(function () {
      return null;
    }).then(function () {
      syncing = false;
      return showQueue();
    });
  }

  function record(event) {
    event.preventDefault();
    var error = document.getElementById('handover-error');
    var incoming = form.querySelector('[name="incomingId"]').value;
    error.hidden = true;
    if (!incoming) {
      error.textContent = msg('IncomingNeeded');
      error.hidden = false;
      return;
    }
    var post = form.querySelector('[name="postId"]').value;
    var entry = {
      clientId: uuid(),
      siteId: Number(form.querySelector('[name="siteId"]').value),
      postId: post ? Number(post) : null,
      incomingId: Number(incoming),
      items: Array.prototype.map.call(form.querySelectorAll('[name="items"]:checked'), function (box) { return box.value; }),
      pending: form.querySelector('[name="pending"]').value.trim() || null,
      handedAt: new Date().toISOString()
    };
    tx('readwrite', function (store) { store.put(entry); }).then(function () {
      log(msg('Queued'), 'info');
      form.querySelector('[name="pending"]').value = '';
      form.querySelector('[name="incomingId"]').value = '';
      return showQueue();
    }).then(function () {
      if (navigator.onLine) {
        sync();
      }
    });
  }

  if (form) {
    form.addEventListener('submit', record);
  }
  window.addEventListener('online', function () { showNetwork(); sync(); });
  window.addEventListener('offline', showNetwork);
  showNetwork();
  showQueue().then(sync);
  setInterval(function () { if (navigator.onLine) { sync(); } }, 30000);
})();
