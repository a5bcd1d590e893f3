/* Pandu matching: sends, for each term's id, the id of the meaning chosen for it (see activity.js).
   A term left without a meaning is pointed out, and nothing is sent. */
function PanduMatching(runtime, element, args) {
  "use strict";
  window.PanduActivity.attach(runtime, element, args, {
    collect: function (form) {
      var matches = {};
      var missing = null;
      Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
        var empty = !select.value;
        select.classList.toggle("is-missing", empty);
        if (empty) {
          select.setAttribute("aria-invalid", "true");
          if (!missing) missing = select;
        } else {
          select.removeAttribute("aria-invalid");
          matches[select.name] = select.value;
        }
      });
      if (missing) { missing.focus(); return null; }
      return {matches: matches};
    }
  });
  element.addEventListener("change", function (event) {
    var select = event.target.closest("select");
    if (!select || !select.value) return;
    select.classList.remove("is-missing");
    select.removeAttribute("aria-invalid");
  });
}
