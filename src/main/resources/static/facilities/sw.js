// Service worker of the facility-service phone pages (scope /facilities/): the "my tasks" page and its assets come from
// the cache when there is no signal, so service staff who reload the page without signal can still record tasks (the
// page's own queue keeps them until the server has answered). The page is fetched from the network first so it shows
// today's latest tasks; its assets come from the cache first. Posts always go to the network.
// The server writes the versioned URL of each file into SHELL (the URLs the page uses, cached by the browser for a
// year), so the cache is named after them: a new version of any file makes a new worker, which caches the new files
// and drops the old cache.
const PAGE = '/facilities/tasks/my';
const SHELL = [PAGE, '/js/facilities-tasks.js', '/js/app.js', '/css/app.css', '/webjars/bootstrap/css/bootstrap.min.css',
  '/webjars/bootstrap/js/bootstrap.bundle.min.js', '/webjars/htmx.org/dist/htmx.min.js', '/facilities/manifest.webmanifest',
  '/img/favicon.svg'];
const CACHE = 'garrison-facilities ' + SHELL.join(' ');

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key.indexOf('garrison-facilities ') === 0 && key !== CACHE; })
      .map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname === PAGE) {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok && !response.redirected) {
        const copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(PAGE, copy); });
      }
      return response;
    }).catch(function () { return caches.match(PAGE); }));
    return;
  }
  if (SHELL.indexOf(url.pathname) >= 0) {
    event.respondWith(caches.match(url.pathname).then(function (cached) { return cached || fetch(request); }));
  }
});
