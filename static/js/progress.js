/* Pandu: "Tandai selesai" that waits for the connection.
 *
 * A click on "Mark as done" becomes an event with an id made here, kept in localStorage and sent
 * to POST /api/v1/progress/events when the connection allows; the server stores an id once, so a
 * retry never counts twice. Events left from an earlier page are sent when any lesson page opens,
 * when the browser says it is online again, and every 30 seconds while some are waiting.
 * Without JavaScript (or without fetch) the form posts to the server as usual.
 * No dependencies, no inline script (the site runs under a strict Content Security Policy). */
(function () {
  "use strict";
  var root = document.querySelector("[data-progress]");
  if (!root || !window.fetch || !window.JSON) return;

  var storeKey = "pandu.progress." + root.getAttribute("data-user");
  var api = root.getAttribute("data-api");
  var lessonId = Number(root.getAttribute("data-lesson"));
  var form = root.querySelector("[data-progress-form]");
  var status = root.querySelector("[data-progress-status]");
  var sending = false;
  var timer = null;

  function load() {
    try { return JSON.parse(window.localStorage.getItem(storeKey) || "[]"); } catch (e) { return []; }
  }
  function store(queue) {
    try {
      if (queue.length) window.localStorage.setItem(storeKey, JSON.stringify(queue));
      else window.localStorage.removeItem(storeKey);
      return true;
    } catch (e) { return false; }
  }
  function say(name) {
    if (!status) return;
    status.textContent = root.getAttribute("data-" + name) || "";
    status.setAttribute("data-state", name);
  }
  function csrf() {
    var input = root.querySelector("[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }
  function uuid() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 15) | 64;
    bytes[8] = (bytes[8] & 63) | 128;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }
  function retryLater() {
    if (!timer) timer = window.setInterval(flush, 30000);
  }
  function finished() {
    if (form) form.hidden = true;
    var done = root.querySelector("[data-progress-done]");
    if (done) done.hidden = false;
    var here = document.querySelector(".lesson__outline [aria-current=page]");
    if (here && here.parentNode) here.parentNode.className = "is-done";
    say("saved");
  }
  // The form posts itself (the server's own path) when the API cannot take the event.
  function fallBack(id) {
    store(load().filter(function (e) { return e.id !== id; }));
    form.submit();
  }

  function flush() {
    var queue = load();
    if (!queue.length) {
      if (timer) { window.clearInterval(timer); timer = null; }
      return;
    }
    if (sending) return;
    if (navigator.onLine === false) { say("pending"); retryLater(); return; }
    sending = true;
    fetch(api, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": csrf() },
      body: JSON.stringify({ events: queue })
    }).then(function (response) {
      sending = false;
      if (response.ok) return response.json().then(function (body) { settle(queue, body.results || []); });
      if (response.status >= 500) { say("pending"); retryLater(); return; }
      // 400, 413, 422: these events can never be taken. Anything else (signed out, no API): the
      // server's own form still can take this page's click.
      if (response.status === 400 || response.status === 413 || response.status === 422) {
        store([]);
        say("failed");
        return;
      }
      var mine = queue.filter(function (e) { return e.lesson_id === lessonId && e.type === "completed"; });
      if (form && mine.length) fallBack(mine[0].id);
      else say("failed");
    }, function () {
      sending = false;
      say("pending");
      retryLater();
    });
  }

  function settle(queue, results) {
    var answered = {};
    results.forEach(function (result) { answered[result.id] = result.status; });
    store(load().filter(function (e) { return !answered[e.id]; }));
    queue.forEach(function (event) {
      if (event.lesson_id !== lessonId || event.type !== "completed") return;
      if (answered[event.id] === "recorded" || answered[event.id] === "duplicate") finished();
      else if (answered[event.id] === "rejected") say("failed");
    });
    flush();
  }

  if (form) {
    form.addEventListener("submit", function (submit) {
      submit.preventDefault();
      var event = { id: uuid(), lesson_id: lessonId, type: "completed", occurred_at: new Date().toISOString() };
      var queue = load();
      queue.push(event);
      if (!store(queue)) { form.submit(); return; }
      var button = form.querySelector("button");
      if (button) button.disabled = true;
      say(navigator.onLine === false ? "pending" : "sending");
      flush();
    });
  }
  window.addEventListener("online", function () { flush(); });
  flush();
})();
