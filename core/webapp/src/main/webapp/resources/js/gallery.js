// The gallery's lightbox: a thumbnail link opens its 2048 px preview in a modal <dialog>; arrow
// keys move to the neighbours, Escape (native) or a click closes it. Without script the link
// simply opens the preview.
(function () {
  'use strict';
  function init() {
    var dialog = document.getElementById('lightbox');
    if (!dialog || typeof dialog.showModal !== 'function') {
      return;
    }
    var image = dialog.querySelector('img');
    var links = [];
    var current = -1;
    function show(index) {
      current = (index + links.length) % links.length;
      image.src = links[current].getAttribute('href');
      image.alt = links[current].getAttribute('title') || '';
      if (!dialog.open) {
        dialog.showModal();
      }
    }
    function bind() {
      links = Array.prototype.slice.call(document.querySelectorAll('a.sp-preview'));
      links.forEach(function (link, index) {
        if (!link.hasAttribute('data-bound')) {
          link.setAttribute('data-bound', 'true');
          link.addEventListener('click', function (event) {
            event.preventDefault();
            show(links.indexOf(link));
          });
        }
      });
    }
    bind();
    document.addEventListener('sp:gallery', bind); // photos added by script later
    dialog.addEventListener('click', function () {
      dialog.close();
    });
    dialog.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowRight') {
        show(current + 1);
      } else if (event.key === 'ArrowLeft') {
        show(current - 1);
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
