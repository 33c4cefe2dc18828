// The guard's phone page: scans are recorded into a queue kept on the phone (IndexedDB), each with an id
// made here and the phone's time, and sent whenever there is a signal. A scan leaves the queue only when
// the server has answered for it (accepted, duplicate or rejected), so nothing recorded is lost and
// sending the same scan twice never stores it twice. A photo taken with a scan is made smaller here (JPEG,
// at most 1600 px on its long side), kept on the phone beside its scan and sent once the scan is stored.
// The started tour's checkpoints turn green as they are scanned (amber, with a warning naming the checkpoint
// due first, when a route to be walked in order is scanned out of order); what was scanned is remembered per
// tour on the phone, and once every checkpoint of a tour is scanned the card says the tour is complete.
// The log names checkpoints, not codes or scan ids.
(function () {
  'use strict';
  var root = document.getElementById('phone');
  if (!root) {
    return;
  }
  var DB = 'garrison-patrol';
  var STORE = 'queue';
  var PHOTOS = 'photos';
  var MAX_SIDE = 1600;
  var photo = null;
  var position = null;
  var syncing = false;
  var syncAgain = false;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/patrol/sw.js', { scope: '/patrol/' });
  }
  if (navigator.geolocation) {
    navigator.geolocation.watchPosition(function (p) { position = p.coords; }, function () { position = null; },
      { enableHighAccuracy: true, maximumAge: 30000 });
  }

  function msg(name) { return root.dataset['msg' + name] || name; }

  // The checkpoint's name as the guard knows it (the page lists every checkpoint of the guard's sites).
  function nameOf(code) {
    var option = code && document.querySelector('#codes option[value="' + CSS.escape(code) + '"]');
    return option ? option.label || code : code || '';
  }

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
      var open = indexedDB.open(DB, 2);
      open.onupgradeneeded = function () {
        [STORE, PHOTOS].forEach(function (name) {
          if (!open.result.objectStoreNames.contains(name)) {
            open.result.createObjectStore(name, { keyPath: 'scanId' });
          }
        });
      };
      open.onsuccess = function () { resolve(open.result); };
      open.onerror = function () { reject(open.error); };
    });
  }

  function tx(mode, work, name) {
    var storeName = name || STORE;
    return db().then(function (database) {
      return new Promise(function (resolve, reject) {
        var t = database.transaction(storeName, mode);
        var result = work(t.objectStore(storeName));
        t.oncomplete = function () { resolve(result && result.result !== undefined ? result.result : result); };
        t.onerror = function () { reject(t.error); };
      });
    });
  }

  function queued() { return tx('readonly', function (store) { return store.getAll(); }); }

  function photos() { return tx('readonly', function (store) { return store.getAll(); }, PHOTOS); }

  function count(id, items, text) {
    var status = document.getElementById(id);
    status.dataset.count = String(items.length);
    status.textContent = items.length ? msg(text).replace('{0}', items.length) : '';
  }

  function showQueue() {
    return Promise.all([queued(), photos()]).then(function (both) {
      count('queue-status', both[0], 'Waiting');
      count('photo-status', both[1], 'PhotosWaiting');
    });
  }

  // The photo as a JPEG no longer than MAX_SIDE on either side, drawn through a canvas.
  function shrink(file) {
    return new Promise(function (resolve, reject) {
      var url = URL.createObjectURL(file);
      var image = new Image();
      image.onload = function () {
        var scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
        var canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
        canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
        canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
        URL.revokeObjectURL(url);
        canvas.toBlob(function (blob) { return blob ? resolve(blob) : reject(new Error('no jpeg')); }, 'image/jpeg', 0.85);
      };
      image.onerror = function () { URL.revokeObjectURL(url); reject(new Error('unreadable')); };
      image.src = url;
    });
  }

  function clearPhoto() {
    photo = null;
    document.getElementById('photo-ready').hidden = true;
    var preview = document.getElementById('photo-preview');
    var image = preview.querySelector('img');
    if (image) {
      URL.revokeObjectURL(image.src);
    }
    preview.replaceChildren();
    preview.hidden = true;
  }

  // The preview's image exists only once there is a photo, so no empty image frame is ever shown.
  function showPhoto(blob) {
    var preview = document.getElementById('photo-preview');
    var image = document.createElement('img');
    image.className = 'rounded border';
    image.height = 64;
    image.alt = preview.dataset.alt || '';
    image.src = URL.createObjectURL(blob);
    preview.replaceChildren(image);
    preview.hidden = false;
  }

  function takePhoto(event) {
    var file = event.target.files && event.target.files[0];
    var error = document.getElementById('scan-error');
    clearPhoto();
    if (!file) {
      return;
    }
    shrink(file).then(function (blob) {
      photo = blob;
      showPhoto(blob);
      document.getElementById('photo-ready').hidden = false;
      error.hidden = true;
    }, function () {
      error.textContent = msg('PhotoUnreadable');
      error.hidden = false;
    });
    event.target.value = '';
  }

  // Sends the photos whose scan the server has answered for, one at a time; a photo leaves the phone when the
  // server has stored it (or had it already), or refused it for good.
  function sendPhotos() {
    return Promise.all([queued(), photos()]).then(function (both) {
      var waiting = both[0].map(function (scan) { return scan.scanId; });
      var token = document.querySelector('meta[name="_csrf"]');
      var header = document.querySelector('meta[name="_csrf_header"]');
      var headers = { 'Accept': 'application/json' };
      if (token && header) {
        headers[header.content] = token.content;
      }
      return both[1].filter(function (item) { return waiting.indexOf(item.scanId) < 0; })
        .reduce(function (previous, item) {
          return previous.then(function () {
            var body = new FormData();
            body.append('photo', item.photo, item.scanId + '.jpg');
            return fetch(root.dataset.photoUrl.replace('{id}', encodeURIComponent(item.scanId)), {
              method: 'POST', headers: headers, credentials: 'same-origin', body: body
            }).then(function (response) {
              var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
              var refused = response.status === 404 || response.status === 413 || response.status === 422;
              if (!(response.ok && json) && !refused) {
                throw new Error('photo upload answered ' + response.status);
              }
              var name = nameOf(item.code);
              log(refused ? msg('PhotoRefused').replace('{0}', name) : (msg('PhotoSent') + ' ' + name).trim(),
                refused ? 'danger' : 'primary');
              return tx('readwrite', function (store) { store.delete(item.scanId); }, PHOTOS);
            });
          });
        }, Promise.resolve());
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

  function scannedKey(card) { return 'garrison.scanned.' + card.dataset.tour; }

  function mark(point, early) {
    point.dataset.scanned = 'true';
    point.classList.add(early ? 'list-group-item-warning' : 'list-group-item-success');
  }

  function showDone(card) {
    var points = card.querySelectorAll('.point');
    card.querySelector('.tour-done').hidden = !points.length
      || card.querySelectorAll('.point[data-scanned="true"]').length < points.length;
  }

  // Marks the first point of each tour with this code that is not scanned yet; answers the name of the point that
  // should have come first when a tour walked in order (the started one, else any) was scanned out of order.
  function tick(code) {
    var started = localStorage.getItem('garrison.currentTour');
    var expected = null;
    document.querySelectorAll('.tour').forEach(function (card) {
      var points = Array.prototype.slice.call(card.querySelectorAll('.point'));
      var index = points.findIndex(function (p) { return p.dataset.code === code && p.dataset.scanned !== 'true'; });
      if (index < 0) {
        return;
      }
      var first = points.find(function (p) { return p.dataset.scanned !== 'true'; });
      var early = card.dataset.ordered === 'true' && first !== points[index];
      if (early && (expected === null || card.dataset.tour === started)) {
        expected = first.dataset.name;
      }
      mark(points[index], early);
      var done = JSON.parse(localStorage.getItem(scannedKey(card)) || '[]');
      done.push([index, early]);
      localStorage.setItem(scannedKey(card), JSON.stringify(done));
      showDone(card);
    });
    return expected;
  }

  // What the phone remembers of each tour shown; tours no longer shown are forgotten.
  function restoreTicks() {
    var shown = {};
    document.querySelectorAll('.tour').forEach(function (card) {
      shown[scannedKey(card)] = true;
      var points = card.querySelectorAll('.point');
      JSON.parse(localStorage.getItem(scannedKey(card)) || '[]').forEach(function (entry) {
        if (points[entry[0]]) {
          mark(points[entry[0]], entry[1]);
        }
      });
      showDone(card);
    });
    Object.keys(localStorage).filter(function (key) { return key.indexOf('garrison.scanned.') === 0 && !shown[key]; })
      .forEach(function (key) { localStorage.removeItem(key); });
  }

  function flagText(result) {
    var reasons = result.flagReasons || [];
    return reasons.length ? msg('FlaggedBecause').replace('{0}', reasons.join(msg('ReasonSeparator'))) : msg('Flagged');
  }

  // A sync asked for while one is running (the signal came back, a new scan) runs right after it, not at the
  // next 30-second tick; so does the rest of a queue longer than one upload.
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
        return sendPhotos();
      }
      more = items.length > 200;
      var token = document.querySelector('meta[name="_csrf"]');
      var header = document.querySelector('meta[name="_csrf_header"]');
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      if (token && header) {
        headers[header.content] = token.content;
      }
      var batch = items.slice(0, 200);
      var codes = {};
      batch.forEach(function (scan) { codes[scan.scanId] = scan.checkpointCode; });
      return fetch(root.dataset.syncUrl, {
        method: 'POST', headers: headers, credentials: 'same-origin',
        body: JSON.stringify({ deviceSentAt: new Date().toISOString(), deviceId: deviceId(), scans: batch })
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('sync answered ' + response.status);
        }
        return response.json();
      }).then(function (reply) {
        var rejected = reply.results.filter(function (result) {
          return result.status !== 'ACCEPTED' && result.status !== 'DUPLICATE';
        });
        return tx('readwrite', function (store) {
          rejected.forEach(function (result) { store.delete(result.scanId); });
        }, PHOTOS).then(function () { return tx('readwrite', function (store) {
          reply.results.forEach(function (result) {
            store.delete(result.scanId);
            var name = nameOf(codes[result.scanId]);
            var flagged = result.flags.length || (result.flagReasons || []).length;
            if (result.status === 'ACCEPTED') {
              log(msg('Accepted') + ' ' + name + (flagged ? ' · ' + flagText(result) : ''), flagged ? 'warning' : 'success');
            } else if (result.status === 'DUPLICATE') {
              log(msg('Duplicate') + ' ' + name, 'secondary');
            } else {
              log(result.reason, 'danger');
            }
          });
        }); }).then(sendPhotos);
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

  function record(event) {
    event.preventDefault();
    var error = document.getElementById('scan-error');
    var warning = document.getElementById('scan-warning');
    var code = document.getElementById('code').value.trim().toUpperCase();
    var note = document.getElementById('note').value.trim();
    var anomaly = document.getElementById('anomaly').checked;
    var known = Array.prototype.some.call(document.querySelectorAll('#codes option'), function (o) { return o.value === code; });
    error.hidden = true;
    warning.hidden = true;
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
    var kind = anomaly ? document.querySelector('input[name="anomalyKind"]:checked').value : null;
    var incidentType = kind === 'INCIDENT' ? document.getElementById('incident-type').value : null;
    if (kind === 'INCIDENT' && !incidentType) {
      error.textContent = msg('TypeNeeded');
      error.hidden = false;
      return;
    }
    var scan = { scanId: uuid(), checkpointCode: code, scannedAt: new Date().toISOString(), note: note || null,
      anomaly: anomaly, anomalyKind: kind, incidentType: incidentType };
    if (position) {
      scan.latitude = position.latitude;
      scan.longitude = position.longitude;
    }
    var taken = photo;
    var kept = taken ? tx('readwrite', function (store) { store.put({ scanId: scan.scanId, code: code, photo: taken }); }, PHOTOS)
      : Promise.resolve();
    kept.then(function () {
      return tx('readwrite', function (store) { store.put(scan); });
    }).then(function () {
      clearPhoto();
      var expected = tick(code);
      if (expected !== null) {
        warning.textContent = msg('OutOfOrder').replace('{0}', expected);
        warning.hidden = false;
      }
      log(msg('Queued').replace('{0}', nameOf(code)), 'info');
      document.getElementById('scan-form').reset();
      showAnomalyKind();
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

  function showAnomalyKind() {
    var incident = document.getElementById('kind-incident');
    document.getElementById('anomaly-kind').hidden = !document.getElementById('anomaly').checked;
    document.getElementById('incident-type-field').hidden = !(incident && incident.checked);
  }

  document.getElementById('scan-form').addEventListener('submit', record);
  document.getElementById('anomaly').addEventListener('change', showAnomalyKind);
  document.querySelectorAll('input[name="anomalyKind"]').forEach(function (r) { r.addEventListener('change', showAnomalyKind); });
  document.getElementById('photo').addEventListener('change', takePhoto);
  document.querySelectorAll('.start-tour').forEach(function (b) { b.addEventListener('click', startTour); });
  restoreTicks();
  var current = localStorage.getItem('garrison.currentTour');
  var currentCard = current && document.querySelector('.tour[data-tour="' + current + '"] .points');
  if (currentCard) {
    currentCard.hidden = false;
  }
  window.addEventListener('online', function () { showNetwork(); sync(); });
  window.addEventListener('offline', showNetwork);
  showNetwork();
  showQueue().then(sync);
  setInterval(function () { if (navigator.onLine) { sync(); } }, 30000);
})();
