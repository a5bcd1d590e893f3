/* Pandu's XBlock client runtime (version 1 of the XBlock JavaScript API): finds each block that
   the server marked with data-init and calls that initialiser with a runtime whose handlerUrl()
   builds the block's handler URLs. No dependencies, no inline scripts. */
(function () {
  "use strict";

  var runtime = {
    handlerUrl: function (element, handlerName, suffix, query) {
      var block = element.closest("[data-usage-id]") || element;
      var url = block.getAttribute("data-handler-url").replace("{handler}", encodeURIComponent(handlerName));
      if (suffix) url += "/" + suffix.replace(/^\/+/, "");
      if (query) url += (url.indexOf("?") < 0 ? "?" : "&") + query;
      return url;
    },
    children: function () { return []; },
    childMap: function () { return undefined; },
    notify: function () {}
  };

  function initialize(element) {
    if (element.panduXBlock) return;
    var init = window[element.getAttribute("data-init")];
    if (typeof init !== "function") return;
    var args = JSON.parse(element.getAttribute("data-init-args") || "{}");
    element.panduXBlock = new init(runtime, element, args) || {};
  }

  function initializeBlocks(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll(".xblock-v1[data-init]"), initialize);
  }

  window.PanduXBlock = {runtime: runtime, initializeBlocks: initializeBlocks};
  if (document.readyState === "complete") {
    initializeBlocks(document);
  } else {
    // Deferred scripts run while readyState is "interactive", perhaps before a block's own
    // script: wait until they all have run (initialising twice does nothing).
    document.addEventListener("DOMContentLoaded", function () { initializeBlocks(document); });
    window.addEventListener("load", function () { initializeBlocks(document); });
  }
}());
