/* Pandu fill in the blank: sends what was typed in each box, under the box's id (see activity.js).
   Enter in a box moves to the next empty box; in the last one it checks the answer. */
function PanduFillBlank(runtime, element, args) {
  "use strict";

  function boxes(root) {
    return Array.prototype.slice.call(root.querySelectorAll("[data-pandu-fb-box]"));
  }

  function firstEmpty(list) {
    for (var i = 0; i < list.length; i++) {
      if (!list[i].value.trim()) return list[i];
    }
    return null;
  }

  var activity = window.PanduActivity.attach(runtime, element, args, {
    collect: function (form) {
      var list = boxes(form);
      var empty = firstEmpty(list);
      if (!list.length || empty) {
        if (empty) empty.focus();
        return null;
      }
      var answers = {};
      list.forEach(function (box) { answers[box.name] = box.value; });
      return {answers: answers};
    }
  });
  if (!activity) return;

  activity.body.addEventListener("keydown", function (event) {
    var box = event.target.closest && event.target.closest("[data-pandu-fb-box]");
    if (!box || event.key !== "Enter" || event.isComposing) return;
    var list = boxes(activity.body);
    var after = list.slice(list.indexOf(box) + 1).concat(list.slice(0, list.indexOf(box)));
    var next = firstEmpty(after);
    if (next && box.value.trim()) {
      event.preventDefault();
      next.focus();
    }
  });
}
