(function () {
  'use strict';
  // PNG export of each chart, from the chart instances the report's script made (window.klasterCharts)
  var charts = window.klasterCharts || {};
  Array.prototype.forEach.call(document.querySelectorAll('a.png[data-chart]'), function (a) {
    a.addEventListener('click', function () {
      var c = charts[a.getAttribute('data-chart')];
      if (!c) { return; }
      a.href = c.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'});
      a.download = a.getAttribute('data-chart') + '.png';
    });
  });
  // the impact slider shows its value while it moves and recomputes when released
  var g = document.getElementById('growth');
  var gv = document.getElementById('growth-value');
  if (g && gv) {
    g.addEventListener('input', function () { gv.textContent = g.value; });
    g.addEventListener('change', function () { document.getElementById('growth-form').submit(); });
  }
  window.klasterWebReady = true;
})();
