/* Enter in a fill-in quiz answer checks the answer.
 *
 * mkdocs-quiz 1.7 puts the text field of a fill-in question outside its
 * <form>, so Enter does nothing there; keyboard users expect it to submit, as
 * in any other one-field form. Clicking the quiz's own button keeps all of the
 * plugin's behaviour (feedback, focus, stored answer).
 */
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    var field = event.target;
    if (event.key !== "Enter" || !field.classList || !field.classList.contains("quiz-blank-input")) return;
    var quiz = field.closest(".quiz");
    var button = quiz && quiz.querySelector('form button[type="submit"]');
    if (button && !button.disabled && !button.classList.contains("hidden")) {
      event.preventDefault();
      button.click();
    }
  });
})();
