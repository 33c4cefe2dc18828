// The route editor: the route's checkpoints are rows in walking order, each holding its code in a hidden field the
// form sends in that order. A checkpoint is picked from the chosen site's checkpoints and added at the end; the
// arrows move a row up or down, the cross removes it. The server checks the list as it checks a typed one.
(function () {
  'use strict';
  var editor = document.getElementById('route-editor');
  if (!editor) {
    return;
  }
  var list = document.getElementById('route-points');
  var pick = document.getElementById('route-pick');
  var add = document.getElementById('route-add');
  var site = document.getElementById('siteId');

  // Only the chosen site's checkpoints are offered; with no site chosen, none is.
  function offerSite() {
    var chosen = site ? site.value : '';
    Array.prototype.forEach.call(pick.options, function (option) {
      if (option.value) {
        var other = option.dataset.site !== chosen;
        option.hidden = other;
        option.disabled = other;
      }
    });
    if (pick.selectedOptions.length && pick.selectedOptions[0].disabled) {
      pick.value = '';
    }
  }

  function refresh() {
    var rows = list.querySelectorAll('.route-point');
    document.getElementById('route-empty').hidden = rows.length > 0;
    rows.forEach(function (row, index) {
      row.querySelector('.move-up').disabled = index === 0;
      row.querySelector('.move-down').disabled = index === rows.length - 1;
    });
  }

  function addPicked() {
    var option = pick.selectedOptions[0];
    if (!option || !option.value) {
      pick.focus();
      return;
    }
    var row = document.getElementById('route-point-template').content.firstElementChild.cloneNode(true);
    row.querySelector('.point-name').textContent = option.dataset.name;
    row.querySelector('input').value = option.value;
    list.appendChild(row);
    pick.value = '';
    refresh();
  }

  function onRow(event) {
    var button = event.target.closest('button');
    var row = button && button.closest('.route-point');
    if (!row) {
      return;
    }
    if (button.classList.contains('move-up') && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
    } else if (button.classList.contains('move-down') && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
    } else if (button.classList.contains('remove-point')) {
      row.remove();
    }
    refresh();
    if (!button.disabled && button.isConnected) {
      button.focus();
    }
  }

  add.addEventListener('click', addPicked);
  list.addEventListener('click', onRow);
  if (site) {
    site.addEventListener('change', offerSite);
  }
  offerSite();
  refresh();
})();
