/* Pandu app simulation: sends each step (a tap's position in percent of the picture, a chosen
   area's id, or a typed value) and shows what the server answers: the hint after a wrong step,
   the next screen after the right one, the result after the last. Nothing here knows where the
   right place is: the server checks, and only after repeated wrong steps sends the right place
   (or answer) to show the way. A step whose reply was lost is sent again under the same
   id at the learner's next try, so the server counts it once. See activity.js for the rest. */
function PanduAppSimulation(runtime, element, args) {
  "use strict";
  var RIGHT_MARK_MS = 450;
  var api = window.PanduActivity.attach(runtime, element, args, {
    collect: function () { return null; }
  });
  if (!api) return;
  var messages = api.messages;
  var pending = null;
  var busy = false;

  function simulation() { return api.body.querySelector("[data-pandu-sim]"); }

  function mark(sim, point, state) {
    var dot = sim.querySelector("[data-pandu-sim-mark]");
    if (!dot) return;
    if (!point) { dot.hidden = true; return; }
    // Set through the CSSOM, which a strict Content Security Policy allows.
    dot.style.left = point.x + "%";
    dot.style.top = point.y + "%";
    dot.className = "pandu-sim__mark is-" + state;
    dot.hidden = false;
  }

  // The server's way out for a learner stuck on a screen: a frame around the right place on the
  // picture and on its button, or the answer (which is in the message).
  function showWay(sim, way) {
    if (!way) return;
    var frame = sim.querySelector("[data-pandu-sim-way]");
    if (frame && way.box) {
      frame.style.left = way.box.x + "%";
      frame.style.top = way.box.y + "%";
      frame.style.width = way.box.width + "%";
      frame.style.height = way.box.height + "%";
      frame.hidden = false;
    }
    if (way.area) {
      sim.querySelectorAll("[data-pandu-sim-area]").forEach(function (button) {
        button.classList.toggle("is-shown", button.getAttribute("data-pandu-sim-area") === way.area);
      });
    }
  }

  function showHint(sim, text) {
    var feedback = sim.querySelector("[data-pandu-sim-feedback]");
    feedback.querySelector("[data-pandu-sim-hint]").textContent = text;
    feedback.hidden = false;
    feedback.classList.remove("is-new");
    void feedback.offsetWidth; // restarts the highlight for a hint shown again
    feedback.classList.add("is-new");
    var box = feedback.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      feedback.scrollIntoView({block: "center", behavior: "smooth"});
    }
    return feedback.textContent.replace(/\s+/g, " ").trim();
  }

  function send(sim, answer, point, button) {
    if (busy) return;
    var screen = sim.getAttribute("data-screen");
    if (!pending || pending.screen !== screen) {
      var payload = {step_id: api.newId(), attempt: sim.getAttribute("data-attempt"), screen: screen};
      Object.keys(answer).forEach(function (name) { payload[name] = answer[name]; });
      pending = {screen: screen, payload: payload, point: point, button: button};
    }
    var step = pending;
    busy = true;
    mark(sim, step.point, "waiting");
    api.send("step", step.payload, function () {}).then(function (reply) {
      busy = false;
      // No reply, or a server error that may have come after the step was saved: keep the
      // step, to send it again under its id.
      if (!reply || reply.status >= 500) { mark(sim, null); return; }
      pending = null;
      if (!reply.ok) { mark(sim, null); return; }
      var data = reply.data;
      if (!data.correct) {
        mark(sim, step.point, "wrong");
        if (step.button) step.button.classList.add("is-tried");
        showWay(sim, data.show);
        api.announce(showHint(sim, data.message), true);
        return;
      }
      mark(sim, step.point, "right");
      busy = true;
      window.setTimeout(function () {
        busy = false;
        if (data.html) {
          api.show(data.html, data.done ? "[data-pandu-activity-result]" : "[data-pandu-sim-focus]");
        }
        api.announce(data.message, true);
      }, step.point ? RIGHT_MARK_MS : 0);
    });
  }

  api.body.addEventListener("click", function (event) {
    var sim = simulation();
    if (!sim) return;
    var image = event.target.closest("[data-pandu-sim-tap]");
    if (image) {
      var box = image.getBoundingClientRect();
      if (!box.width || !box.height) return;
      var clamp = function (value) { return Math.round(Math.min(100, Math.max(0, value)) * 100) / 100; };
      var point = {
        x: clamp((event.clientX - box.left) / box.width * 100),
        y: clamp((event.clientY - box.top) / box.height * 100)
      };
      send(sim, {tap: point}, point, null);
      return;
    }
    // On a screen where the learner types, the screenshot's field stands for the real one.
    var input = event.target.closest("[data-pandu-sim-image]") && sim.querySelector("[data-pandu-sim-type] input");
    if (input) { input.focus(); return; }
    var area = event.target.closest("[data-pandu-sim-area]");
    if (area) send(sim, {area: area.getAttribute("data-pandu-sim-area")}, null, area);
  });

  api.body.addEventListener("submit", function (event) {
    var form = event.target.closest("[data-pandu-sim-type]");
    var sim = simulation();
    if (!form || !sim) return;
    event.preventDefault();
    var input = form.querySelector("input");
    if (!input.value.trim()) {
      api.announce(messages.typeFirst);
      input.focus();
      return;
    }
    send(sim, {text: input.value}, null, null);
  });
}
