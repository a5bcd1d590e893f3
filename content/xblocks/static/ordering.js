/* Pandu ordering: the learner reorders the items by dragging their handle (Pointer Events: mouse,
   pen and touch) or with the Up and Down buttons (keyboard, screen readers), and hears the new
   position. Sends the items' ids in the order shown (see activity.js); the order that is right is
   known only to the server. */
function PanduOrdering(runtime, element, args) {
  "use strict";
  var messages = (args && args.messages) || {};
  var drag = null;

  var activity = window.PanduActivity.attach(runtime, element, args, {
    collect: function (form) {
      var order = items(form).map(function (item) { return item.getAttribute("data-id"); });
      return order.length ? {order: order} : null;
    }
  });
  if (!activity) return;
  var body = activity.body;

  function items(root) {
    return Array.prototype.slice.call(root.querySelectorAll("[data-pandu-ord-item]"));
  }

  function format(text, values) {
    return String(text || "").replace(/%\((\w+)\)s/g, function (all, name) {
      return name in values ? String(values[name]) : all;
    });
  }

  // The first item cannot go up nor the last down: their buttons say so, and stay focusable.
  function refresh(list) {
    var all = items(list);
    all.forEach(function (item, index) {
      var up = item.querySelector('[data-pandu-ord-move="up"]');
      var down = item.querySelector('[data-pandu-ord-move="down"]');
      if (index === 0) up.setAttribute("aria-disabled", "true"); else up.removeAttribute("aria-disabled");
      if (index === all.length - 1) down.setAttribute("aria-disabled", "true"); else down.removeAttribute("aria-disabled");
    });
  }

  function announcePosition(item) {
    var all = items(item.parentNode);
    activity.announce(format(messages.moved, {position: all.indexOf(item) + 1, total: all.length}));
  }

  // The neighbour moves, not the item: an element taken out of the page loses the focus and the
  // pointer it had captured.
  function swap(item, neighbour, up) {
    item.parentNode.insertBefore(neighbour, up ? item.nextElementSibling : item);
  }

  // --- Up and Down buttons ---

  body.addEventListener("click", function (event) {
    var button = event.target.closest("[data-pandu-ord-move]");
    if (!button) return;
    event.preventDefault();
    var item = button.closest("[data-pandu-ord-item]");
    var list = item.parentNode;
    var up = button.getAttribute("data-pandu-ord-move") === "up";
    var neighbour = up ? item.previousElementSibling : item.nextElementSibling;
    if (!neighbour) {
      activity.announce(up ? messages.first : messages.last);
      return;
    }
    swap(item, neighbour, up);
    refresh(list);
    if (document.activeElement !== button) button.focus();
    announcePosition(item);
  });

  // --- Dragging by the handle ---

  function middle(node) {
    var box = node.getBoundingClientRect();
    return box.top + box.height / 2;
  }

  // Positions are taken on the page (not the screen), so that scrolling while dragging keeps the
  // item under the finger.
  function follow(clientY) {
    var item = drag.item;
    var y = clientY + window.scrollY;
    item.style.transform = "translateY(" + (y - drag.startY) + "px)";
    var centre = middle(item);
    var previous = item.previousElementSibling;
    var next = item.nextElementSibling;
    var before = item.offsetTop;
    if (previous && centre < middle(previous)) swap(item, previous, true);
    else if (next && centre > middle(next)) swap(item, next, false);
    else return;
    // The item's place in the list moved under the finger: keep it where the finger is.
    drag.startY += item.offsetTop - before;
    item.style.transform = "translateY(" + (y - drag.startY) + "px)";
  }

  // Near the top or bottom of the screen the page scrolls, for lists longer than the screen.
  var EDGE = 56;

  function scrollStep() {
    if (!drag) return;
    var step = drag.clientY < EDGE ? -8 : drag.clientY > window.innerHeight - EDGE ? 8 : 0;
    if (!step) { drag.scrolling = false; return; }
    window.scrollBy(0, step);
    follow(drag.clientY);
    window.requestAnimationFrame(scrollStep);
  }

  function drop() {
    if (!drag) return;
    var item = drag.item;
    var moved = items(item.parentNode).indexOf(item) !== drag.from;
    item.style.transform = "";
    item.classList.remove("is-dragging");
    drag = null;
    refresh(item.parentNode);
    if (moved) announcePosition(item);
  }

  body.addEventListener("pointerdown", function (event) {
    var handle = event.target.closest("[data-pandu-ord-handle]");
    if (!handle || drag || (event.pointerType === "mouse" && event.button !== 0)) return;
    var item = handle.closest("[data-pandu-ord-item]");
    event.preventDefault();
    drag = {
      item: item,
      pointerId: event.pointerId,
      startY: event.clientY + window.scrollY,
      clientY: event.clientY,
      from: items(item.parentNode).indexOf(item),
      scrolling: false
    };
    item.classList.add("is-dragging");
    if (handle.setPointerCapture) handle.setPointerCapture(event.pointerId);
  });

  body.addEventListener("pointermove", function (event) {
    if (!drag || event.pointerId !== drag.pointerId) return;
    event.preventDefault();
    drag.clientY = event.clientY;
    follow(event.clientY);
    if (!drag.scrolling && (event.clientY < EDGE || event.clientY > window.innerHeight - EDGE)) {
      drag.scrolling = true;
      window.requestAnimationFrame(scrollStep);
    }
  });

  ["pointerup", "pointercancel", "lostpointercapture"].forEach(function (type) {
    body.addEventListener(type, function (event) {
      if (drag && event.pointerId === drag.pointerId) drop();
    });
  });
}
