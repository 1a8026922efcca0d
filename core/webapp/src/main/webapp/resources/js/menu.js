// On a phone the header's links fold behind a menu button. The fold happens only where this script
// runs (the sp-js class): without scripts the links stay shown.
(function () {
  'use strict';
  document.documentElement.classList.add('sp-js');
  function init() {
    var toggle = document.getElementById('menu-toggle');
    var nav = document.getElementById('site-nav');
    if (!toggle || !nav) {
      return;
    }
    toggle.addEventListener('click', function () {
      var open = nav.classList.toggle('sp-open');
      toggle.setAttribute('aria-expanded', String(open));
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
