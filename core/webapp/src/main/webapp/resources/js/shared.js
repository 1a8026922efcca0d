// A shared gallery for guests: the PIN is sent to the API, the grant it returns goes into the
// image URLs (guests have no session), and the thumbnails open their previews in the lightbox.
(function () {
  'use strict';
  function init() {
    var root = document.getElementById('shared');
    var form = document.getElementById('shared-unlock');
    if (!root || !form) {
      return;
    }
    var base = '/api/v1/galleries/' + encodeURIComponent(root.getAttribute('data-token'));
    var error = document.getElementById('shared-error');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      error.textContent = '';
      fetch(base + '/unlock', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ pin: document.getElementById('shared-pin').value })
      })
        .then(function (answer) {
          return answer.json().then(function (body) {
            if (!answer.ok) {
              throw new Error(body.detail || root.getAttribute('data-wrong'));
            }
            return body.grant;
          });
        })
        .then(function (grant) {
          var query = '?grant=' + encodeURIComponent(grant);
          return fetch(base + '/photos' + query, { headers: { Accept: 'application/json' } })
            .then(function (answer) { return answer.json(); })
            .then(function (photos) { show(photos, query); });
        })
        .catch(function (failure) {
          error.textContent = failure.message;
        });
    });

    function show(photos, query) {
      var grid = document.getElementById('shared-photos');
      grid.innerHTML = '';
      photos.forEach(function (photo) {
        var figure = document.createElement('figure');
        figure.className = 'sp-photo';
        var link = document.createElement('a');
        link.className = 'sp-preview';
        link.href = base + '/photos/' + photo.id + '/preview' + query;
        link.title = root.getAttribute('data-photo') + ' ' + photo.position;
        var image = document.createElement('img');
        image.className = 'sp-thumb';
        image.loading = 'lazy';
        image.alt = link.title;
        image.src = base + '/photos/' + photo.id + '/thumbnail' + query;
        link.appendChild(image);
        figure.appendChild(link);
        grid.appendChild(figure);
      });
      form.hidden = true;
      document.dispatchEvent(new Event('sp:gallery'));
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
