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

  function fail() {
    var r = document.getElementById('root');
    if (!r || r.firstChild) return;
    var box = document.createElement('div');
    var p = document.createElement('p');
    var b = document.createElement('button');
    box.className = 'error-screen';
    box.setAttribute('role', 'alert');
    p.textContent =
      'The app could not load. Check the connection and reload. · L’application n’a pas pu se charger. Vérifiez la connexion et rechargez. · La aplicación no se pudo cargar. Revise la conexión y vuelva a cargar.';
    b.textContent = 'Reload · Recharger · Volver a cargar';
    b.onclick = function () {
      location.reload();
    };
    box.append(p, b);
    r.append(box);
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
