/* Runs in <head> before the page is drawn: applies the reader's remembered
   colour theme, contrast and text size, so the page never flashes. */
(function () {
    var root = document.documentElement;
    try {
        var theme = localStorage.getItem("tamdai.theme");
        var contrast = localStorage.getItem("tamdai.contrast");
        var step = parseInt(localStorage.getItem("tamdai.fontStep") || "0", 10);
        if (theme === "blue" || theme === "orange") root.setAttribute("data-theme", theme);
        if (contrast === "high") root.setAttribute("data-contrast", "high");
        if (step > 0 && step <= 3) root.style.setProperty("--font-scale", String(1 + step * 0.125));
    } catch (e) { /* storage blocked: defaults */ }
    root.classList.add("js");
})();
