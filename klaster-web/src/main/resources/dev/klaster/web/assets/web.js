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
  window.klasterWebReady = true;
})();
