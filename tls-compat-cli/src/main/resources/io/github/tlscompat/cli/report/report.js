/* tls-compat HTML report: tag filters, the summary line, and a tooltip for the focused cell.
   Plain ES5 and the DOM; reads only the page's own attributes and writes only textContent. */
(function () {
  'use strict';
  var table = document.getElementById('matrix');
  var summary = document.getElementById('summary');
  var tip = document.getElementById('tip');
  var form = document.querySelector('form.filters');
  var onlyRefused = document.getElementById('only-refused');
  var ticked = document.getElementById('ticked');
  var main = document.querySelector('main');
  var heads = table.tHead.rows[0].cells;
  var rows = table.tBodies[0].rows;

  function tickedTags(side) {
    var boxes = form.querySelectorAll('input[data-side="' + side + '"]:checked');
    var values = [];
    for (var i = 0; i < boxes.length; i++) values.push(boxes[i].value);
    return values;
  }

  /* No box ticked shows everything; otherwise a profile shows when it has any ticked tag. */
  function wanted(element, tags) {
    if (tags.length === 0) return true;
    var own = (element.getAttribute('data-tags') || '').split(' ');
    for (var i = 0; i < tags.length; i++) if (own.indexOf(tags[i]) >= 0) return true;
    return false;
  }

  /* The refusal count in a row or column header, over what is shown. */
  function setCount(header, refused) {
    var count = header.querySelector('.count');
    count.textContent = refused === 0 ? '\u2713 all' : '\u2717 ' + refused;
    count.classList.toggle('none', refused === 0);
  }

  function plural(n, noun) {
    return n + ' ' + noun + (n === 1 ? '' : 's');
  }

  function apply() {
    var serverTags = tickedTags('server');
    var clientTags = tickedTags('client');
    var showColumn = [];
    var servers = 0;
    for (var c = 1; c < heads.length; c++) {
      var show = wanted(heads[c], serverTags);
      showColumn[c] = show;
      heads[c].hidden = !show;
      if (show) servers++;
    }
    var clients = 0;
    var refused = 0;
    var refusedInColumn = [];
    for (var r = 0; r < rows.length; r++) {
      var cells = rows[r].cells;
      var rowRefused = 0;
      for (var k = 1; k < cells.length; k++) {
        cells[k].hidden = !showColumn[k];
        if (showColumn[k] && cells[k].classList.contains('refused')) rowRefused++;
      }
      var showRow = wanted(rows[r], clientTags) && !(onlyRefused.checked && rowRefused === 0);
      rows[r].hidden = !showRow;
      setCount(cells[0], rowRefused);
      if (showRow) {
        clients++;
        refused += rowRefused;
        for (var j = 1; j < cells.length; j++) {
          if (cells[j].classList.contains('refused')) refusedInColumn[j] = (refusedInColumn[j] || 0) + 1;
        }
      }
    }
    for (var h = 1; h < heads.length; h++) setCount(heads[h], refusedInColumn[h] || 0);
    var all = clients === rows.length && servers === heads.length - 1;
    summary.textContent = (all ? '' : 'showing ')
        + (all ? plural(clients, 'client') : clients + ' of ' + plural(rows.length, 'client')) + ', '
        + (all ? plural(servers, 'server') : servers + ' of ' + plural(heads.length - 1, 'server')) + ': '
        + plural(refused, 'refused pair') + ' of ' + clients * servers;
    var count = clientTags.length + serverTags.length;
    ticked.textContent = count === 0 ? '(none ticked: all shown)' : '(' + count + ' ticked)';
    /* Keep a focused or scrolled-to cell clear of the sticky header row and client column. */
    main.style.scrollPaddingTop = table.tHead.offsetHeight + 'px';
    main.style.scrollPaddingLeft = heads[0].offsetWidth + 'px';
    var stop = table.querySelector('td.cell[tabindex="0"]');
    if (!stop || stop.hidden || stop.parentElement.hidden) moveTabStop(firstVisibleCell());
    hideTip();
  }

  function showTip(cell) {
    tip.textContent = cell.getAttribute('title');
    tip.hidden = false;
    var box = cell.getBoundingClientRect();
    var width = tip.offsetWidth;
    var height = tip.offsetHeight;
    var left = Math.min(box.left, window.innerWidth - width - 8);
    var top = box.bottom + 4;
    if (top + height > window.innerHeight - 4) top = Math.max(4, box.top - height - 4);
    tip.style.left = Math.max(4, left) + 'px';
    tip.style.top = top + 'px';
  }

  function hideTip() {
    tip.hidden = true;
  }

  /* The visible cell next to this one in a direction, or null. */
  function neighbour(cell, dx, dy) {
    var row = cell.parentElement;
    var index = cell.cellIndex;
    if (dx !== 0) {
      for (var k = index + dx; k >= 1 && k < row.cells.length; k += dx) if (!row.cells[k].hidden) return row.cells[k];
      return null;
    }
    for (var r = row.sectionRowIndex + dy; r >= 0 && r < rows.length; r += dy) if (!rows[r].hidden) return rows[r].cells[index];
    return null;
  }

  /* The table is one tab stop: the cell last focused, or the first visible one. */
  function moveTabStop(cell) {
    var current = table.querySelector('td.cell[tabindex="0"]');
    if (current === cell) return;
    if (current) current.tabIndex = -1;
    if (cell) cell.tabIndex = 0;
  }

  function firstVisibleCell() {
    for (var r = 0; r < rows.length; r++) {
      if (rows[r].hidden) continue;
      for (var k = 1; k < rows[r].cells.length; k++) if (!rows[r].cells[k].hidden) return rows[r].cells[k];
    }
    return null;
  }

  var moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

  table.addEventListener('keydown', function (event) {
    var cell = event.target;
    if (!cell.classList || !cell.classList.contains('cell')) return;
    if (event.key === 'Escape') {
      hideTip();
      return;
    }
    var move = moves[event.key];
    if (!move) return;
    var next = neighbour(cell, move[0], move[1]);
    if (next) {
      next.focus();
      next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    event.preventDefault();
  });
  table.addEventListener('focusin', function (event) {
    var cell = event.target;
    if (!cell.classList || !cell.classList.contains('cell')) return;
    moveTabStop(cell);
    showTip(cell);
  });
  table.addEventListener('focusout', hideTip);
  main.addEventListener('scroll', function () {
    var focused = document.activeElement;
    if (focused && focused.classList && focused.classList.contains('cell') && !tip.hidden) showTip(focused);
  });
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () {
    setTimeout(apply, 0);
  });
  apply();
}());
