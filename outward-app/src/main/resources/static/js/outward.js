// Outward's only script. The CSP allows no inline script, so pages carry data in attributes and this file acts on it.
(function () {
  "use strict";

  // htmx requests that change something need the CSRF token, which the layout puts in meta tags.
  document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector("meta[name=csrf-header]");
    var token = document.querySelector("meta[name=csrf-token]");
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // A chart is a <div class="chart" data-chart="{ECharts option as JSON}">; the server builds the option.
  function drawCharts(root) {
    if (!window.echarts) {
      return;
    }
    root.querySelectorAll(".chart[data-chart]").forEach(function (element) {
      var chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: "canvas" });
      chart.setOption(JSON.parse(element.dataset.chart));
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  document.addEventListener("htmx:afterSwap", function (event) { drawCharts(event.target); });
})();
