// Before the app: if its script cannot load, or fails before drawing anything, say so instead of a blank page.
(function () {
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
