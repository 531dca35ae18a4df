// The show page's only script: chapter and transcript links seek the player, "#t=SECONDS"
// in the address opens the episode at that moment, the current cue and chapter are
// highlighted, and the feed address can be copied. Without JavaScript the page still works.
(function () {
  "use strict";
  var audio = document.getElementById("player");

  function seek(seconds, play) {
    if (!audio) return;
    audio.currentTime = seconds;
    if (play) {
      var started = audio.play();
      if (started && started.catch) started.catch(function () {});
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-start]") : null;
    if (link && audio) {
      event.preventDefault();
      var start = parseFloat(link.getAttribute("data-start"));
      seek(start, true);
      if (history.replaceState) history.replaceState(null, "", "#t=" + Math.floor(start));
      return;
    }
    var copy = event.target.closest ? event.target.closest("button[data-copy]") : null;
    if (copy && navigator.clipboard) {
      navigator.clipboard.writeText(copy.getAttribute("data-copy")).then(function () {
        copy.textContent = "Adresse copiée";
      }, function () {});
    }
  });

  var match = /^#t=(\d+(?:\.\d+)?)$/.exec(location.hash);
  if (match && audio) seek(parseFloat(match[1]), false);

  if (!audio) return;
  var timed = Array.prototype.slice.call(document.querySelectorAll("[data-from][data-until]"));
  audio.addEventListener("timeupdate", function () {
    var now = audio.currentTime;
    timed.forEach(function (element) {
      var on = now >= parseFloat(element.getAttribute("data-from")) && now < parseFloat(element.getAttribute("data-until"));
      element.classList.toggle("current", on);
    });
  });
})();
