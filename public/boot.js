// Runs before the app: if the app's own script cannot be downloaded or fails before it draws anything, the page
// says so in plain words instead of staying blank. (A file, not inline, so the Content-Security-Policy needs no
// exception.)
(function () {
  var MESSAGE =
    'The app could not load. Check the connection and reload. · L’application n’a pas pu se charger. Vérifiez la connexion et rechargez. · La aplicación no se pudo cargar. Revise la conexión y vuelva a cargar.';
  function fail() {
    var root = document.getElementById('root');
    if (!root || root.childNodes.length > 0) return; // the app is on screen: its own screens handle errors
    var p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.className = 'load-failure';
    p.textContent = MESSAGE;
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload · Recharger · Volver a cargar';
    button.addEventListener('click', function () {
      location.reload();
    });
    root.append(p, button);
  }
  window.addEventListener(
    'error',
    function (e) {
      var t = e.target;
      // A script or module preload of the app that failed to download (these events do not bubble: capture).
      if (t && (t.tagName === 'SCRIPT' || (t.tagName === 'LINK' && t.rel === 'modulepreload'))) fail();
      // An error thrown while the app starts, before it has drawn anything.
      else if (t === window) setTimeout(fail, 0);
    },
    true,
  );
})();
