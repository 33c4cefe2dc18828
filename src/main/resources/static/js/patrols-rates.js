// The daily completion-rate trend of the patrol rates page, drawn from the page's JSON endpoint (line-chart.js).
(function () {
  'use strict';
  var element = document.getElementById('trend-chart');
  if (!element || !window.garrisonLineChart) {
    return;
  }
  fetch(element.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (days) {
      window.garrisonLineChart(element, days.map(function (d) { return d.day; }),
        [{ label: element.dataset.label, values: days.map(function (d) { return d.rate; }), colour: 0 }], 280);
      element.dataset.days = String(days.length);
    });
})();
