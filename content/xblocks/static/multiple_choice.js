/* Pandu multiple choice: sends the ids of the chosen options (see activity.js). */
function PanduMultipleChoice(runtime, element, args) {
  "use strict";
  window.PanduActivity.attach(runtime, element, args, {
    collect: function (form) {
      var choices = Array.prototype.map.call(form.querySelectorAll("input:checked"), function (input) {
        return input.value;
      });
      return choices.length ? {choices: choices} : null;
    }
  });
}
