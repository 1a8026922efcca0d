// Shows the booking questions of the chosen category and disables the others (disabled inputs are
// not sent). The chooser is the element named by the form's data-category-from: a select whose
// value is a category id, or whose options map to categories through data-plan-categories (JSON).
(function () {
  function wire(form) {
    var chooser = form.querySelector(form.getAttribute('data-category-from'));
    if (!chooser) return;
    var planCategories = JSON.parse(form.getAttribute('data-plan-categories') || '{}');
    function update() {
      var category = planCategories[chooser.value] || chooser.value;
      form.querySelectorAll('.sp-category-fields').forEach(function (set) {
        var on = set.getAttribute('data-category') === category;
        set.hidden = !on;
        set.querySelectorAll('input, select').forEach(function (input) { input.disabled = !on; });
      });
    }
    chooser.addEventListener('change', update);
    update();
  }
  document.querySelectorAll('form[data-category-from]').forEach(wire);
})();
