// The camera scanner of the guard's phone page: it reads a checkpoint's QR label and records the scan as if the
// code had been typed. The browser's own BarcodeDetector reads the frames where it knows QR codes (Chrome on
// Android); elsewhere (Safari on iPhones, desktop browsers) ZXing does, loaded only then (the service worker keeps
// it for offline use) and fed a frame drawn on a canvas, at most MAX_SIDE px on its long side, every EVERY_MS ms,
// so a cheap phone keeps up. The camera is switched off once a code is read, the guard stops it or leaves the page;
// when there is no camera or it is not allowed, a message says so and the guard types the code instead.
(function () {
  'use strict';
  var root = document.getElementById('phone');
  if (!root) {
    return;
  }
  var EVERY_MS = 200;
  var MAX_SIDE = 640;
  var button = document.getElementById('camera');
  var video = document.getElementById('preview');
  var status = document.getElementById('camera-status');
  var label = button.textContent;
  var zxing = null;
  var session = null;

  function msg(name) { return root.dataset['msg' + name] || name; }

  function say(name, problem) {
    status.textContent = msg(name);
    status.className = problem ? 'alert alert-warning py-2 mt-2 mb-0' : 'form-text';
    status.dataset.message = name;
    status.hidden = false;
  }

  function loadZxing() {
    if (!zxing) {
      zxing = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = root.dataset.decoderUrl;
        script.onload = function () { return window.ZXing ? resolve(window.ZXing) : reject(new Error('no ZXing')); };
        script.onerror = function () { script.remove(); reject(new Error('QR decoder not loaded')); };
        document.head.appendChild(script);
      });
      zxing.catch(function () { zxing = null; });
    }
    return zxing;
  }

  function nativeDetector() {
    if (!('BarcodeDetector' in window)) {
      return Promise.resolve(null);
    }
    return window.BarcodeDetector.getSupportedFormats().then(function (formats) {
      return formats.indexOf('qr_code') >= 0 ? new window.BarcodeDetector({ formats: ['qr_code'] }) : null;
    }, function () { return null; });
  }

  // Reads a video frame: resolves to the QR code's text, or null when the frame shows none.
  function zxingReader(ZXing) {
    var canvas = document.createElement('canvas');
    var context = canvas.getContext('2d', { willReadFrequently: true });
    var qr = new ZXing.QRCodeReader();
    return function (frame) {
      var scale = Math.min(1, MAX_SIDE / Math.max(frame.videoWidth, frame.videoHeight));
      var width = Math.round(frame.videoWidth * scale);
      var height = Math.round(frame.videoHeight * scale);
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      context.drawImage(frame, 0, 0, width, height);
      try {
        var luminance = new ZXing.HTMLCanvasElementLuminanceSource(canvas);
        return Promise.resolve(qr.decode(new ZXing.BinaryBitmap(new ZXing.HybridBinarizer(luminance))).getText());
      } catch (nothingFound) {
        return Promise.resolve(null);
      }
    };
  }

  function reader() {
    return nativeDetector().then(function (detector) {
      if (detector) {
        video.dataset.decoder = 'native';
        return function (frame) {
          return detector.detect(frame).then(function (codes) { return codes.length ? codes[0].rawValue : null; });
        };
      }
      video.dataset.decoder = 'zxing';
      return loadZxing().then(zxingReader);
    });
  }

  function stop() {
    if (session) {
      clearTimeout(session.timer);
      if (session.stream) {
        session.stream.getTracks().forEach(function (track) { track.stop(); });
      }
      session = null;
    }
    video.pause();
    video.srcObject = null;
    video.hidden = true;
    button.textContent = label;
  }

  function found(code) {
    stop();
    status.hidden = true;
    document.getElementById('code').value = code.trim();
    document.getElementById('record').click();
  }

  function cannotScan(name) {
    stop();
    say(name, true);
    document.getElementById('code').focus();
  }

  function cameraProblem(error) {
    var name = error && error.name;
    if (name === 'NotAllowedError' || name === 'SecurityError') {
      return 'CameraDenied';
    }
    return name === 'NotFoundError' || name === 'OverconstrainedError' ? 'CameraMissing' : 'CameraFailed';
  }

  function look(current) {
    if (session !== current) {
      return;
    }
    var ready = video.readyState >= 2 && video.videoWidth > 0;
    (ready ? current.read(video) : Promise.resolve(null)).catch(function () { return null; }).then(function (code) {
      if (session !== current) {
        return;
      }
      if (code) {
        found(code);
      } else {
        current.timer = setTimeout(function () { look(current); }, EVERY_MS);
      }
    });
  }

  function start() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      cannotScan('CameraUnavailable');
      return;
    }
    var current = { timer: null, stream: null, read: null };
    session = current;
    button.textContent = msg('CameraStop');
    say('CameraLooking', false);
    reader().then(function (read) {
      current.read = read;
      if (session !== current) {
        return;
      }
      return navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
        .then(function (stream) {
          current.stream = stream;
          if (session !== current) {
            stream.getTracks().forEach(function (track) { track.stop(); });
            return;
          }
          video.srcObject = stream;
          video.hidden = false;
          // Reading starts at once (it waits for the first frame itself): some browsers settle play() late.
          video.play().catch(function (error) {
            if (session === current) {
              cannotScan(cameraProblem(error));
            }
          });
          look(current);
        }, function (error) {
          if (session === current) {
            cannotScan(cameraProblem(error));
          }
        });
    }, function () {
      if (session === current) {
        cannotScan('ScannerMissing');
      }
    }).catch(function (error) {
      if (session === current) {
        cannotScan(cameraProblem(error));
      }
    });
  }

  button.hidden = false;
  button.addEventListener('click', function () {
    if (session) {
      stop();
      status.hidden = true;
    } else {
      start();
    }
  });
  document.addEventListener('visibilitychange', function () {
    if (document.hidden && session) {
      stop();
      status.hidden = true;
    }
  });
  window.addEventListener('pagehide', stop);
})();
