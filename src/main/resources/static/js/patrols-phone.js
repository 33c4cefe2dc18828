// The guard's phone page: scans are recorded into a queue kept on the phone (IndexedDB), each with an id
// made here and the phone's time, and sent whenever there is a signal. A scan leaves the queue only when
// the server has answered for it (accepted, duplicate or rejected), so nothing recorded is lost and
// sending the same scan twice never stores it twice.
(function () {
  'use strict';
  var root = document.getElementById('phone');
  if (!root) {
    return;
  }
  var DB = 'garrison-patrol';
  var STORE = 'queue';
  var position = null;
  var syncing = false;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/patrol/sw.js', { scope: '/patrol/' });
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
      open.onupgradeneeded = function () { open.result.createObjectStore(STORE, { keyPath: 'scanId' }); };
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
    var list = document.getElementById('scan-log');
    list.insertBefore(item, list.firstChild);
  }

  function showNetwork() {
    var badge = document.getElementById('net-status');
    badge.textContent = navigator.onLine ? msg('Online') : msg('Offline');
    badge.className = 'badge ' + (navigator.onLine ? 'text-bg-success' : 'text-bg-warning');
    badge.dataset.online = String(navigator.onLine);
  }

  function tick(code) {
    document.querySelectorAll('.tour .point[data-code="' + code + '"]').forEach(function (point) {
      point.classList.add('list-group-item-success');
    });
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
      var token = document.querySelector('meta[name="_csrf"]');
      var header = document.querySelector('meta[name="_csrf_header"]');
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      if (token && header) {
        headers[header.content] = token.content;
      }
      var batch = items.slice(0, 200);
      return fetch(root.dataset.syncUrl, {
        method: 'POST', headers: headers, credentials: 'same-origin',
        body: JSON.stringify({ deviceSentAt: new Date().toISOString(), deviceId: deviceId(), scans: batch })
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('sync answered ' + response.status);
        }
        return response.json();
      }).then(function (reply) {
        return tx('readwrite', function (store) {
          reply.results.forEach(function (result) {
            store.delete(result.scanId);
            if (result.status === 'ACCEPTED') {
              log(msg('Accepted') + ' ' + result.scanId.slice(0, 8) + (result.flags.length ? ' · ' + msg('Flagged') : ''),
                result.flags.length ? 'warning' : 'success');
            } else if (result.status === 'DUPLICATE') {
              log(msg('Duplicate') + ' ' + result.scanId.slice(0, 8), 'secondary');
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
    var error = document.getElementById('scan-error');
    var code = document.getElementById('code').value.trim().toUpperCase();
    var note = document.getElementById('note').value.trim();
    var anomaly = document.getElementById('anomaly').checked;
    var known = Array.prototype.some.call(document.querySelectorAll('#codes option'), function (o) { return o.value === code; });
    error.hidden = true;
    if (!known) {
      error.textContent = msg('Unknown').replace('{0}', code);
      error.hidden = false;
      return;
    }
    if (anomaly && !note) {
      error.textContent = msg('NoteNeeded');
      error.hidden = false;
      return;
    }
    var scan = { scanId: uuid(), checkpointCode: code, scannedAt: new Date().toISOString(), note: note || null,
      anomaly: anomaly };
    if (position) {
      scan.latitude = position.latitude;
      scan.longitude = position.longitude;
    }
    tx('readwrite', function (store) { store.put(scan); }).then(function () {
      tick(code);
      log(msg('Queued').replace('{0}', code), 'info');
      document.getElementById('scan-form').reset();
      return showQueue();
    }).then(function () {
      if (navigator.onLine) {
        sync();
      }
    });
  }

  function startTour(event) {
    var card = event.target.closest('.tour');
    document.querySelectorAll('.tour .points').forEach(function (list) { list.hidden = true; });
    card.querySelector('.points').hidden = false;
    localStorage.setItem('garrison.currentTour', card.dataset.tour);
  }

  function camera() {
    var video = document.getElementById('preview');
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
      video.srcObject = stream;
      video.hidden = false;
      return video.play().then(function () {
        var look = function () {
          detector.detect(video).then(function (codes) {
            if (codes.length) {
              stream.getTracks().forEach(function (track) { track.stop(); });
              video.hidden = true;
              document.getElementById('code').value = codes[0].rawValue;
              document.getElementById('record').click();
            } else {
              requestAnimationFrame(look);
            }
          });
        };
        look();
      });
    });
  }

  document.getElementById('scan-form').addEventListener('submit', record);
  document.querySelectorAll('.start-tour').forEach(function (b) { b.addEventListener('click', startTour); });
  var current = localStorage.getItem('garrison.currentTour');
  var currentCard = current && document.querySelector('.tour[data-tour="' + current + '"] .points');
  if (currentCard) {
    currentCard.hidden = false;
  }
  if ('BarcodeDetector' in window && navigator.mediaDevices) {
    var cameraButton = document.getElementById('camera');
    cameraButton.hidden = false;
    cameraButton.addEventListener('click', camera);
  }
  window.addEventListener('online', function () { showNetwork(); sync(); });
  window.addEventListener('offline', showNetwork);
  showNetwork();
  showQueue().then(sync);
  setInterval(function () { if (navigator.onLine) { sync(); } }, 30000);
})();
