// The photographer's uploader: many photos at once, three at a time, each with its own progress
// bar and an overall one. With storage that signs URLs, photos up to 16 MB go straight to storage
// and a completion call hands over their SHA-256; larger ones, and every photo with other storage,
// go through the site in 4 MB chunks (a resumable upload): after a dropped connection the uploader
// asks how much arrived and goes on from there, so only the chunk in flight is sent again. Failures are retried with backoff (1, 2,
// 4, 8 s); before starting a photo again, the uploader asks whether it arrived after all (same
// SHA-256), so a retry never delivers a photo twice. A refusal (4xx) is shown with the server's
// message. Without Web Crypto (plain http off localhost) a photo goes in one request.
// With data-post (the studio's portfolio) each photo goes to that address in one request, and the
// page at data-return is shown when all have arrived.
(function () {
  'use strict';
  var PARALLEL = 3;
  var TRIES = 5;
  var CHUNK = 4 * 1024 * 1024;
  var DIRECT_UP_TO = 16 * 1024 * 1024;

  function init() {
    var root = document.getElementById('uploader');
    if (!root || !window.XMLHttpRequest) {
      return;
    }
    var booking = root.getAttribute('data-booking');
    var post = root.getAttribute('data-post');
    var back = root.getAttribute('data-return') || '/booking?id=' + encodeURIComponent(booking);
    var direct = !post && root.getAttribute('data-direct') === 'true' && window.crypto && crypto.subtle;
    var input = document.getElementById('uploader-files');
    var list = document.getElementById('uploader-list');
    var bar = document.getElementById('uploader-bar');
    var summary = document.getElementById('uploader-summary');
    var api = '/api/v1/bookings/' + encodeURIComponent(booking);

    document.getElementById('uploader-start').addEventListener('click', function (event) {
      event.preventDefault();
      var files = Array.prototype.slice.call(input.files || []);
      if (files.length === 0) {
        return;
      }
      var total = files.reduce(function (sum, f) { return sum + f.size; }, 0);
      var sent = files.map(function () { return 0; });
      var finished = 0;
      var failed = 0;
      root.setAttribute('data-finished', 'false');
      list.innerHTML = '';
      var items = files.map(function (file) {
        var li = document.createElement('li');
        li.className = 'sp-upload';
        li.setAttribute('data-state', 'queued');
        var name = document.createElement('span');
        name.textContent = file.name;
        var progress = document.createElement('progress');
        progress.setAttribute('aria-label', file.name);
        progress.max = 100;
        progress.value = 0;
        var note = document.createElement('span');
        note.className = 'sp-upload-note';
        li.appendChild(name);
        li.appendChild(progress);
        li.appendChild(note);
        list.appendChild(li);
        return { li: li, progress: progress, note: note };
      });

      function overall() {
        var bytes = sent.reduce(function (a, b) { return a + b; }, 0);
        bar.value = total === 0 ? 100 : Math.round((100 * bytes) / total);
        summary.textContent = finished + ' / ' + files.length;
        root.setAttribute('data-done', String(finished));
        root.setAttribute('data-total', String(files.length));
      }

      function progressOf(index) {
        return function (loaded) {
          sent[index] = loaded;
          items[index].progress.value = Math.round((100 * loaded) / Math.max(1, files[index].size));
          overall();
        };
      }

      function done(index, error) {
        var item = items[index];
        finished++;
        if (error) {
          failed++;
          item.li.setAttribute('data-state', 'failed');
          item.note.textContent = error;
        } else {
          sent[index] = files[index].size;
          item.progress.value = 100;
          item.li.setAttribute('data-state', 'done');
        }
        overall();
        if (finished === files.length) {
          root.setAttribute('data-finished', 'true');
          if (failed === 0) {
            window.setTimeout(function () {
              // a GET of this page: reload() would repeat the form post that may have led here
              window.location.assign(back);
            }, 1500);
          }
        }
        next();
      }

      var queue = files.map(function (_, i) { return i; });
      function next() {
        var index = queue.shift();
        if (index === undefined) {
          return;
        }
        items[index].li.setAttribute('data-state', 'uploading');
        upload(files[index], progressOf(index), items[index])
          .then(function () { done(index, null); }, function (error) { done(index, error); });
      }
      overall();
      for (var i = 0; i < PARALLEL; i++) {
        next();
      }
    });

    function upload(file, onProgress, item) {
      if (post) {
        return attemptPost(file, onProgress, item, 1);
      }
      return sha256(file).then(function (hash) {
        return attempt(file, hash, onProgress, item, 1);
      });
    }

    function attempt(file, hash, onProgress, item, tries) {
      var once = direct && (file.size <= DIRECT_UP_TO || !hash)
        ? sendDirect(file, hash, onProgress)
        : hash
          ? sendResumable(file, hash, onProgress, item)
          : sendThroughSite(file, hash, onProgress);
      return once.catch(function (failure) {
        if (failure.final || tries >= TRIES) {
          return Promise.reject(failure.message || String(failure));
        }
        item.li.setAttribute('data-state', 'retrying');
        item.note.textContent = '↻ ' + tries;
        return wait(1000 * Math.pow(2, tries - 1)).then(function () {
          return arrived(hash).then(function (already) {
            return already ? null : attempt(file, hash, onProgress, item, tries + 1);
          });
        });
      });
    }

    /** One request per photo to data-post, retried with backoff on network and server errors. */
    function attemptPost(file, onProgress, item, tries) {
      return request('POST', post, file, file.type || 'application/octet-stream', onProgress)
        .catch(function (failure) {
          if (failure.final || tries >= TRIES) {
            return Promise.reject(failure.message || String(failure));
          }
          item.li.setAttribute('data-state', 'retrying');
          item.note.textContent = '↻ ' + tries;
          return wait(1000 * Math.pow(2, tries - 1)).then(function () {
            return attemptPost(file, onProgress, item, tries + 1);
          });
        });
    }

    function sendDirect(file, hash, onProgress) {
      return request('POST', api + '/uploads', JSON.stringify({ contentType: file.type, length: file.size }),
        'application/json', null)
        .then(function (started) {
          var upload = JSON.parse(started);
          return request('PUT', upload.url, file, file.type, onProgress, true).then(function () {
            return request('POST', api + '/uploads/' + upload.uploadId + '/complete',
              JSON.stringify({ sha256: hash }), 'application/json', null);
          });
        });
    }

    /**
     * A resumable upload: started once per photo (its id kept on the item), then chunks from where
     * the server says the upload stands, then the completion with the SHA-256.
     */
    function sendResumable(file, hash, onProgress, item) {
      var begun = item.uploadId
        ? request('GET', api + '/resumable/' + item.uploadId, null, null, null)
        : request('POST', api + '/resumable', JSON.stringify({ length: file.size }),
          'application/json', null);
      return begun.then(function (body) {
        var progress = JSON.parse(body);
        item.uploadId = progress.uploadId;
        return chunks(progress.received);
      });

      function chunks(from) {
        onProgress(from);
        if (from >= file.size) {
          return request('POST', api + '/resumable/' + item.uploadId + '/complete',
            JSON.stringify({ sha256: hash }), 'application/json', null);
        }
        var end = Math.min(file.size, from + CHUNK);
        return request('PUT', api + '/resumable/' + item.uploadId + '?offset=' + from,
          file.slice(from, end), 'application/octet-stream',
          function (loaded) { onProgress(from + loaded); })
          .then(function (body) { return chunks(JSON.parse(body).received); },
            function (failure) {
              // 409: another attempt moved the upload on; ask where it stands and go on from there
              if (failure.status === 409) {
                return request('GET', api + '/resumable/' + item.uploadId, null, null, null)
                  .then(function (body) { return chunks(JSON.parse(body).received); });
              }
              return Promise.reject(failure);
            });
      }
    }

    function sendThroughSite(file, hash, onProgress) {
      return request('POST', api + '/photos', file, file.type || 'application/octet-stream', onProgress);
    }

    /** Whether a photo with these bytes is already in the gallery (a lost answer, not a lost upload). */
    function arrived(hash) {
      if (!hash) {
        return Promise.resolve(false);
      }
      return request('GET', api + '/photos', null, null, null).then(function (body) {
        return JSON.parse(body).some(function (photo) { return photo.sha256 === hash; });
      }, function () { return false; });
    }

    function request(method, url, body, type, onProgress, external) {
      return new Promise(function (resolve, reject) {
        var xhr = new XMLHttpRequest();
        xhr.open(method, url);
        if (type) {
          xhr.setRequestHeader('Content-Type', type);
        }
        if (!external) {
          xhr.setRequestHeader('Accept', 'application/json');
        }
        if (onProgress && xhr.upload) {
          xhr.upload.onprogress = function (event) { onProgress(event.loaded); };
        }
        xhr.onload = function () {
          if (xhr.status >= 200 && xhr.status < 300) {
            resolve(xhr.responseText);
          } else {
            var retry = xhr.status >= 500 || xhr.status === 408 || xhr.status === 429;
            reject({ final: !retry, status: xhr.status, message: detail(xhr) });
          }
        };
        xhr.onerror = function () { reject({ final: false, message: 'network' }); };
        xhr.send(body);
      });
    }

    function detail(xhr) {
      try {
        return JSON.parse(xhr.responseText).detail || String(xhr.status);
      } catch (e) {
        return String(xhr.status);
      }
    }

    function sha256(file) {
      if (!(window.crypto && crypto.subtle)) {
        return Promise.resolve(null);
      }
      return file.arrayBuffer().then(function (bytes) {
        return crypto.subtle.digest('SHA-256', bytes);
      }).then(function (digest) {
        return Array.prototype.map.call(new Uint8Array(digest), function (b) {
          return ('0' + b.toString(16)).slice(-2);
        }).join('');
      });
    }

    function wait(ms) {
      return new Promise(function (resolve) { window.setTimeout(resolve, ms); });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
