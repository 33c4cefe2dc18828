// The service staff's "my tasks today" page: a task recorded done here is kept on the phone (IndexedDB) with an id made
// here and the phone's time, and sent whenever there is a signal; it leaves the queue only when the server has answered
// for it (stored, already stored, or refused with a reason), so nothing recorded is lost and a task sent twice is
// stored once. A photo is kept with it and attached once the task is stored. A service worker (/facilities/sw.js)
// keeps the page and its files, so the page reloads without signal too.
(function () {
  'use strict';
  var root = document.getElementById('tasks-phone');
  if (!root) {
    return;
  }
  var DB = 'garrison-facilities';
  var STORE = 'tasks';
  var syncing = false;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/facilities/sw.js', { scope: '/facilities/' });
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
      items.forEach(function (item) { markCard(item.taskId, msg('Queued'), 'text-info'); });
    });
  }

  function log(text, kind) {
    var item = document.createElement('li');
    item.className = 'list-group-item list-group-item-' + kind;
    item.textContent = text;
    var list = document.getElementById('task-log');
    list.insertBefore(item, list.firstChild);
  }

  function markCard(taskId, text, cls) {
    var card = root.querySelector('.task[data-task="' + taskId + '"]');
    if (!card) {
      return;
    }
    var form = card.querySelector('.task-form');
    if (form) {
      form.hidden = true;
    }
    var note = card.querySelector('.task-note');
    if (!note) {
      note = document.createElement('div');
      card.querySelector('.card-body').appendChild(note);
    }
    note.className = 'small task-note ' + cls;
    note.textContent = text;
  }

  function showNetwork() {
    var badge = document.getElementById('net-status');
    badge.textContent = navigator.onLine ? msg('Online') : msg('Offline');
    badge.className = 'badge ' + (navigator.onLine ? 'text-bg-success' : 'text-bg-warning');
    badge.dataset.online = String(navigator.onLine);
  }

  function csrf(result) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      result[header.content] = token.content;
    }
    return result;
  }

  function attachPhoto(taskId, photo) {
    if (!photo) {
      return Promise.resolve();
    }
    var body = new FormData();
    body.append('file', photo, photo.name || 'photo.jpg');
    return fetch('/attachments/ServiceTask/' + taskId, {
      method: 'POST', headers: csrf({}), credentials: 'same-origin', body: body
    });
  }

  function sync() {
    if (syncing) {
      return Promise.resolve();
    }
    syncing = true;
    var byId = {};
    return queued().then(function (items) {
      if (!items.length) {
        return null;
      }
      var batch = items.slice(0, 50);
      batch.forEach(function (item) { byId[item.clientId] = item; });
      var sent = batch.map(function (item) {
        return { clientId: item.clientId, taskId: item.taskId, siteId: item.siteId, failedItems: item.failedItems,
          notes: item.notes, startedAt: item.startedAt, doneAt: item.doneAt };
      });
      return fetch(root.dataset.syncUrl, {
        method: 'POST', headers: csrf({ 'Content-Type': 'application/json', 'Accept': 'application/json' }),
        credentials: 'same-origin', body: JSON.stringify({ tasks: sent })
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('sync answered ' + response.status);
        }
        return response.json();
      }).then(function (reply) {
        var photos = [];
        reply.results.forEach(function (result) {
          var item = byId[result.clientId];
          if (result.outcome === 'ACCEPTED') {
            log(msg('Accepted'), 'success');
            markCard(result.taskId, msg('Accepted'), 'text-success');
            photos.push(attachPhoto(result.taskId, item && item.photo));
          } else if (result.outcome === 'DUPLICATE') {
            log(msg('Duplicate'), 'secondary');
            markCard(result.taskId, msg('Duplicate'), 'text-secondary');
          } else {
            log(result.reason, 'danger');
            markCard(result.taskId, result.reason, 'text-danger');
          }
        });
        return Promise.all(photos).then(function () {
          return tx('readwrite', function (store) {
            reply.results.forEach(function (result) { store.delete(result.clientId); });
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
    var form = event.target;
    var card = form.closest('.task');
    var failed = Array.prototype.filter.call(form.querySelectorAll('[name="passed"]'), function (box) { return !box.checked; })
      .map(function (box) { return box.value; });
    var photoInput = form.querySelector('[name="photo"]');
    var entry = {
      clientId: uuid(),
      taskId: Number(card.dataset.task),
      siteId: Number(card.dataset.site),
      failedItems: failed,
      notes: form.querySelector('[name="notes"]').value.trim() || null,
      startedAt: null,
      doneAt: new Date().toISOString(),
      photo: photoInput && photoInput.files.length ? photoInput.files[0] : null
    };
    tx('readwrite', function (store) { store.put(entry); }).then(function () {
      log(msg('Queued'), 'info');
      markCard(entry.taskId, msg('Queued'), 'text-info');
      return showQueue();
    }).then(function () {
      if (navigator.onLine) {
        sync();
      }
    });
  }

  Array.prototype.forEach.call(root.querySelectorAll('.task-form'), function (form) {
    form.addEventListener('submit', record);
  });
  window.addEventListener('online', function () { showNetwork(); sync(); });
  window.addEventListener('offline', showNetwork);
  showNetwork();
  showQueue().then(sync);
  setInterval(function () { if (navigator.onLine) { sync(); } }, 30000);
})();
