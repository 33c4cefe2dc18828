// Service worker of the guard's phone page (scope /patrol/): the page and its assets come from the cache
// when there is no signal. The page itself is fetched from the network first so it shows the latest tours.
// Scan and photo uploads (POST) always go to the network; the page's own queue keeps them until they are acknowledged.
// The QR decoder is kept too, so the camera scans where the browser has no BarcodeDetector even without signal.
// The server writes the versioned URL of each file into SHELL (the URLs the page uses, cached by the browser for a
// year), so the cache is named after them: a new version of any file makes a new worker, which caches the new files
// and drops the old cache.
const SHELL = ['/patrol/my', '/js/patrols-phone.js', '/js/patrols-camera.js', '/css/app.css',
  '/webjars/bootstrap/css/bootstrap.min.css', '/vendor/zxing-qr.min.js', '/patrol/manifest.webmanifest',
  '/img/favicon.svg'];
const CACHE = 'garrison-patrol ' + SHELL.join(' ');

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key.indexOf('garrison-patrol ') === 0 && key !== CACHE; })
      .map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname === '/patrol/my') {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok && !response.redirected) {
        const copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put('/patrol/my', copy); });
      }
      return response;
    }).catch(function () { return caches.match('/patrol/my'); }));
    return;
  }
  if (SHELL.indexOf(url.pathname) >= 0) {
    event.respondWith(caches.match(url.pathname).then(function (cached) { return cached || fetch(request); }));
  }
});
