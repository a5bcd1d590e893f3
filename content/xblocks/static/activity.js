/* What every graded Pandu activity does in the browser: send the learner's answer with the
   attempt's token and an id made for the submission, show the result the server sends back,
   start a new attempt. Nothing here knows the right answer: the server grades. A submission that
   got no answer is sent again under the same id, so it is graded once.

   A type's initialiser calls PanduActivity.attach(runtime, element, args, {
     collect: function (form) { return the answer's fields, or null if nothing was answered },
     ready: function (body) { optional: wire up what was just shown (after load, retry, result) }
   }). */
(function () {
  "use strict";

  function csrfToken(name) {
    var prefix = (name || "csrftoken") + "=";
    var cookies = document.cookie ? document.cookie.split(";") : [];
    for (var i = 0; i < cookies.length; i++) {
      var cookie = cookies[i].trim();
      if (cookie.indexOf(prefix) === 0) return decodeURIComponent(cookie.slice(prefix.length));
    }
    return "";
  }

  function newId() {
    if (window.crypto.randomUUID) return window.crypto.randomUUID();
    var bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  function attach(runtime, element, args, options) {
    var messages = (args && args.messages) || {};
    var root = element.querySelector("[data-pandu-activity]");
    if (!root) return null;
    var body = root.querySelector("[data-pandu-activity-body]");
    var status = root.querySelector("[data-pandu-activity-status]");
    var busy = false;
    var pending = null;

    // quiet: the text repeats what the page now shows, so only screen readers need to hear it.
    function announce(text, quiet) {
      status.classList.toggle("pandu-activity__status--quiet", Boolean(quiet));
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text || ""; }, 50);
    }

    function post(handler, payload) {
      return window.fetch(runtime.handlerUrl(element, handler), {
        method: "POST",
        credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-CSRFToken": csrfToken(args && args.csrfCookieName)},
        body: JSON.stringify(payload)
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          return {status: response.status, ok: response.ok, data: data};
        });
      });
    }

    function ready() { if (options.ready) options.ready(body); }

    function show(html, focus) {
      body.innerHTML = html;
      ready();
      var target = body.querySelector(focus);
      if (target) target.focus();
    }

    function send(handler, payload, onDone) {
      busy = true;
      return post(handler, payload).then(function (reply) {
        busy = false;
        onDone(reply);
        if (!reply.ok) announce(reply.data.error || reply.data.detail || messages.failed);
        return reply;
      }, function () {
        busy = false;
        announce(messages.offline);
        return null;
      });
    }

    body.addEventListener("submit", function (event) {
      var form = event.target.closest("[data-pandu-activity-form]");
      if (!form) return;
      event.preventDefault();
      if (busy) return;
      var answer = options.collect(form);
      if (!answer) { announce(messages.answer); return; }
      var attempt = form.getAttribute("data-attempt");
      var key = attempt + " " + JSON.stringify(answer);
      if (!pending || pending.key !== key) pending = {key: key, id: newId()};
      announce(messages.checking);
      var payload = {submission_id: pending.id, attempt: attempt};
      Object.keys(answer).forEach(function (name) { payload[name] = answer[name]; });
      send("submit", payload, function (reply) {
        // A server error may have come after the grade was saved: keep the id for the next try.
        if (reply.status < 500) pending = null;
        if (reply.ok) {
          show(reply.data.html, "[data-pandu-activity-result]");
          announce(reply.data.message, true);
        }
      });
    });

    body.addEventListener("click", function (event) {
      if (!event.target.closest("[data-pandu-activity-retry]") || busy) return;
      send("retry", {}, function (reply) {
        if (reply.ok) {
          show(reply.data.html, "input, button, select, textarea");
          announce(reply.data.message, true);
        }
      });
    });

    ready();
    return {announce: announce, send: send, show: show, newId: newId, body: body, messages: messages};
  }

  window.PanduActivity = {attach: attach};
}());
