/* Pandu multiple choice. Sends the ids of the chosen options to the server, which grades them,
   and shows the result it sends back; nothing here knows which option is correct. A submission
   that got no answer is sent again under the same id, so it is graded once. */
function PanduMultipleChoice(runtime, element, args) {
  "use strict";
  var messages = (args && args.messages) || {};
  var root = element.querySelector("[data-pandu-mc]");
  if (!root) return;
  var body = root.querySelector("[data-pandu-mc-body]");
  var status = root.querySelector("[data-pandu-mc-status]");
  var busy = false;
  var pending = null;

  function announce(text) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text || ""; }, 50);
  }

  function csrfToken() {
    var prefix = ((args && args.csrfCookieName) || "csrftoken") + "=";
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

  function post(handler, payload) {
    return window.fetch(runtime.handlerUrl(element, handler), {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": csrfToken()},
      body: JSON.stringify(payload)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return {status: response.status, ok: response.ok, data: data};
      });
    });
  }

  function show(html, focus) {
    body.innerHTML = html;
    var target = body.querySelector(focus);
    if (target) target.focus();
  }

  function send(handler, payload, onDone) {
    busy = true;
    post(handler, payload).then(function (reply) {
      busy = false;
      onDone(reply);
      if (!reply.ok) announce(reply.data.error || messages.failed);
    }, function () {
      busy = false;
      announce(messages.offline);
    });
  }

  body.addEventListener("submit", function (event) {
    var form = event.target.closest("[data-pandu-mc-form]");
    if (!form) return;
    event.preventDefault();
    if (busy) return;
    var choices = Array.prototype.map.call(form.querySelectorAll("input:checked"), function (input) {
      return input.value;
    });
    if (!choices.length) { announce(messages.choose); return; }
    var attempt = form.getAttribute("data-attempt");
    var key = attempt + " " + choices.slice().sort().join(" ");
    if (!pending || pending.key !== key) pending = {key: key, id: newId()};
    announce(messages.checking);
    send("submit", {submission_id: pending.id, attempt: attempt, choices: choices}, function (reply) {
      // A server error may have come after the grade was saved: keep the id for the next try.
      if (reply.status < 500) pending = null;
      if (reply.ok) {
        show(reply.data.html, "[data-pandu-mc-result]");
        announce(reply.data.message);
      }
    });
  });

  body.addEventListener("click", function (event) {
    if (!event.target.closest("[data-pandu-mc-retry]") || busy) return;
    send("retry", {}, function (reply) {
      if (reply.ok) {
        show(reply.data.html, "input");
        announce(reply.data.message);
      }
    });
  });
}
