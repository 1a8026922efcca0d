// A booking's chat in real time. The page renders the latest messages; this script connects to
// /ws/bookings/{id}?after={last id} and appends what arrives (a reconnect asks only for what it
// missed, and a message already on the page is never shown twice), posts through the REST API
// without reloading, shows read receipts, loads older pages and marks the conversation read while
// the page is visible. Every text is set with textContent: a message can never become markup.
(function () {
  'use strict';

  function init() {
    var root = document.getElementById('chat');
    if (!root || !window.fetch) {
      return;
    }
    var booking = root.getAttribute('data-booking');
    var me = root.getAttribute('data-me');
    var readLabel = root.getAttribute('data-read-label');
    var maskedLabel = root.getAttribute('data-masked-label');
    var failed = root.getAttribute('data-error');
    var attachmentLabel = root.getAttribute('data-attachment-label');
    var fileInput = document.getElementById('chat-file');
    var list = document.getElementById('messages-list');
    var notice = document.getElementById('chat-notice');
    var errorBox = document.getElementById('chat-error');
    var older = document.getElementById('chat-older');
    var form = root.querySelector('form');
    var textarea = form.querySelector('textarea');
    var api = '/api/v1/bookings/' + encodeURIComponent(booking) + '/messages';
    var lang = document.documentElement.lang || undefined;
    var format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    var socket = null;
    var retry = 0;

    function messages() {
      return list.querySelectorAll('.sp-message');
    }

    function lastId() {
      var all = messages();
      return all.length ? all[all.length - 1].getAttribute('data-id') : '';
    }

    function has(id) {
      return Array.prototype.some.call(messages(), function (el) {
        return el.getAttribute('data-id') === id;
      });
    }

    function render(m) {
      var el = document.createElement('div');
      el.className = 'sp-message' + (m.senderId === me ? ' sp-mine' : '');
      el.setAttribute('data-id', m.id);
      el.setAttribute('data-sender', m.senderId);
      el.setAttribute('data-masked', String(!!m.masked));
      el.setAttribute('data-read', String(!!m.readAt));
      var meta = document.createElement('span');
      meta.className = 'sp-muted';
      meta.textContent = m.senderName + ' · ' + format.format(new Date(m.createdAt));
      var read = document.createElement('span');
      read.className = 'sp-read';
      read.textContent = m.senderId === me && m.readAt ? ' · ' + readLabel : '';
      meta.appendChild(read);
      var body = document.createElement('span');
      body.className = 'sp-message-body';
      body.textContent = m.body;
      el.appendChild(meta);
      el.appendChild(body);
      if (m.attachmentId) {
        el.appendChild(attachment(m.attachmentId));
      }
      if (m.masked) {
        var badge = document.createElement('span');
        badge.className = 'sp-badge sp-masked';
        badge.textContent = maskedLabel;
        el.appendChild(badge);
      }
      return el;
    }

    // An attached photo's thumbnail and preview appear once its derivatives are made (a second
    // or so after the upload): until then the thumbnail is asked for again.
    function attachment(id) {
      var link = document.createElement('a');
      link.className = 'sp-attachment';
      link.href = '/api/v1/photos/' + encodeURIComponent(id) + '/preview';
      link.target = '_blank';
      link.rel = 'noopener';
      var img = document.createElement('img');
      img.alt = attachmentLabel;
      var tries = 0;
      var src = '/api/v1/photos/' + encodeURIComponent(id) + '/thumbnail';
      img.onerror = function () {
        if (++tries < 15) {
          setTimeout(function () { img.src = src + '?try=' + tries; }, 1000);
        }
      };
      img.src = src;
      link.appendChild(img);
      return link;
    }

    function append(m) {
      if (has(m.id)) {
        return;
      }
      list.appendChild(render(m));
      list.scrollTop = list.scrollHeight;
      if (m.senderId !== me) {
        markRead();
      }
    }

    function showReadUpTo() {
      Array.prototype.forEach.call(messages(), function (el) {
        if (el.getAttribute('data-sender') === me && el.getAttribute('data-read') !== 'true') {
          el.setAttribute('data-read', 'true');
          el.querySelector('.sp-read').textContent = ' · ' + readLabel;
        }
      });
    }

    function markRead() {
      if (document.visibilityState !== 'visible') {
        return;
      }
      fetch(api + '/read', { method: 'POST', credentials: 'same-origin' }).catch(function () {});
    }

    function showError(text) {
      errorBox.textContent = text || failed;
      errorBox.hidden = false;
    }

    function problemText(response) {
      return response
        .json()
        .then(function (p) {
          var field = p && p.errors && p.errors[0];
          return (field && field.message) || (p && p.detail) || failed;
        })
        .catch(function () {
          return failed;
        });
    }

    function connect() {
      var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
      var url = scheme + location.host + '/ws/bookings/' + encodeURIComponent(booking);
      socket = new WebSocket(url + '?after=' + encodeURIComponent(lastId()));
      socket.onopen = function () {
        retry = 0;
      };
      socket.onmessage = function (event) {
        var data = JSON.parse(event.data);
        if (data.ready) { // caught up: from now on every new message arrives here
          root.setAttribute('data-live', 'true');
        } else if (data.read) {
          if (data.read.userId !== me) {
            showReadUpTo();
          }
        } else if (data.id) {
          append(data);
        }
      };
      socket.onclose = function (event) {
        root.setAttribute('data-live', 'false');
        if (event.code === 1008) {
          return; // refused: not a party, or signed out
        }
        retry = Math.min(retry + 1, 5);
        setTimeout(connect, 500 * Math.pow(2, retry - 1));
      };
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = textarea.value;
      errorBox.hidden = true;
      fetch(api, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ body: text })
      })
        .then(posted)
        .then(function (ok) {
          if (ok) {
            textarea.value = '';
          }
        })
        .catch(function () {
          showError(failed);
        });
    });

    function posted(response) {
      if (response.status === 201) {
        return response.json().then(function (m) {
          notice.hidden = !m.masked;
          append(m);
          return true;
        });
      }
      return problemText(response).then(function (text) {
        showError(text);
        return false;
      });
    }

    fileInput.addEventListener('change', function () {
      var file = fileInput.files && fileInput.files[0];
      if (!file) {
        return;
      }
      errorBox.hidden = true;
      var caption = textarea.value;
      fetch(api + '/attachments?caption=' + encodeURIComponent(caption), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': file.type || 'application/octet-stream', Accept: 'application/json' },
        body: file
      })
        .then(posted)
        .then(function (ok) {
          if (ok) {
            textarea.value = '';
          }
          fileInput.value = '';
        })
        .catch(function () {
          showError(failed);
        });
    });

    older.hidden = messages().length < 50;
    older.addEventListener('click', function () {
      var first = messages()[0];
      var url = api + '?limit=50&before=' + encodeURIComponent(first.getAttribute('data-id'));
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          return response.ok ? response.json() : [];
        })
        .then(function (page) {
          var anchor = messages()[0];
          page.forEach(function (m) {
            if (!has(m.id)) {
              list.insertBefore(render(m), anchor);
            }
          });
          older.hidden = page.length < 50;
        });
    });

    document.addEventListener('visibilitychange', markRead);
    markRead();
    connect();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
