// Ask "have you had your 18th birthday yet?" as soon as the birth year typed leaves it open;
// without JavaScript the server asks it after the form is sent.
(function () {
  var input = document.getElementById("id_birth_year");
  var question = document.getElementById("turned-18");
  if (!input || !question) return;
  var year = question.getAttribute("data-ambiguous-year");
  input.addEventListener("input", function () {
    question.hidden = input.value.trim() !== year;
  });
})();
