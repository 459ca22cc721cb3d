// Before the app: the theme is set before the first paint (no white flash for dark-theme readers), and if the app's
// script cannot load, or fails before drawing anything, a message says so instead of a blank page.
(function () {
  // The same choice as src/lib/theme.ts: the link's theme=, else the one stored in this browser, else the system's.
  try {
    var asked = new URLSearchParams(location.search).get('theme');
    var stored = localStorage.getItem('usmca-sim:theme');
    var theme = /^(auto|light|dark)$/.test(asked || '') ? asked : /^(light|dark)$/.test(stored || '') ? stored : 'auto';
    var dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    // Before the stylesheet arrives, the browser's own canvas follows this too.
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  } catch (e) {
    // No storage or no matchMedia: the app applies the theme when it starts.
  }
  // The page holds the build's first screen for the default scenario in English. A link with settings of its own,
  // or a reader whose language is French or Spanish, will see other numbers: until the app draws them, the static
  // screen is dimmed and says it is loading, so no default number passes for the link's.
  try {
    var langs = navigator.languages || [navigator.language || 'en'];
    var lang = 'en';
    for (var i = 0; i < langs.length; i++) {
      var base = String(langs[i]).toLowerCase().split('-')[0];
      if (base === 'en' || base === 'fr' || base === 'es') {
        lang = base;
        break;
      }
    }
    if (location.search.replace(/^\?/, '') !== '' || lang !== 'en') {
      document.documentElement.classList.add('shell-stale');
      // At 'interactive' the page is parsed and the deferred app scripts have not run yet (DOMContentLoaded waits
      // for them, which on a slow link is the whole point).
      var marked = false;
      var mark = function () {
        if (marked || document.readyState === 'loading') return;
        marked = true;
        var r = document.getElementById('root');
        if (!r || !r.hasAttribute('data-prerendered') || r.querySelector('.boot-failure')) return;
        var note = document.createElement('p');
        note.className = 'shell-note';
        note.setAttribute('role', 'status');
        note.textContent =
          'Loading the settings of this link… · Chargement des réglages de ce lien… · Cargando los ajustes de este enlace…';
        r.prepend(note);
        r.setAttribute('aria-busy', 'true');
      };
      document.addEventListener('readystatechange', mark);
    }
  } catch (e) {
    // Nothing to mark: the app replaces the screen when it starts.
  }

  function fail() {
    var r = document.getElementById('root');
    // Nothing to say once the app runs (main.tsx marks the root), or when it is already said.
    if (!r || r.dataset.app === 'running' || r.querySelector('.boot-failure')) return;
    var box = document.createElement('div');
    var p = document.createElement('p');
    var b = document.createElement('button');
    box.className = 'error-screen boot-failure';
    box.setAttribute('role', 'alert');
    p.textContent =
      'The app could not load. Check the connection and reload. · L’application n’a pas pu se charger. Vérifiez la connexion et rechargez. · La aplicación no se pudo cargar. Revise la conexión y vuelva a cargar.';
    b.textContent = 'Reload · Recharger · Volver a cargar';
    b.onclick = function () {
      location.reload();
    };
    box.append(p, b);
    // Above the build's static first screen, which stays (inert) below the message; the loading note goes.
    var notes = document.querySelectorAll('.shell-note');
    for (var i = 0; i < notes.length; i++) notes[i].remove();
    r.prepend(box);
  }
  // Load errors of scripts and module preloads do not bubble: listen in the capture phase.
  addEventListener(
    'error',
    function (e) {
      var t = e.target;
      if (t === window) setTimeout(fail, 0);
      else if (t && (t.tagName === 'SCRIPT' || t.rel === 'modulepreload')) fail();
    },
    true,
  );
})();
