/* Progressive enhancements: the site works without them. */
(function () {
    "use strict";
    var root = document.documentElement;
    var MAX_STEP = 3;

    function store(key, value) {
        try {
            if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, value);
        } catch (e) { /* private mode: keep for this page only */ }
    }
    function read(key) {
        try { return localStorage.getItem(key); } catch (e) { return null; }
    }

    function currentStep() {
        var step = parseInt(read("tamdai.fontStep") || "0", 10);
        return isNaN(step) ? 0 : Math.max(0, Math.min(MAX_STEP, step));
    }

    function applyFontStep(step) {
        if (step > 0) root.style.setProperty("--font-scale", String(1 + step * 0.125));
        else root.style.removeProperty("--font-scale");
        store("tamdai.fontStep", step > 0 ? String(step) : null);
    }

    function syncPressed() {
        var theme = root.getAttribute("data-theme") || "green";
        document.querySelectorAll("[data-theme-choice]").forEach(function (button) {
            button.setAttribute("aria-pressed", String(button.dataset.themeChoice === theme));
        });
        document.querySelectorAll("[data-contrast-toggle]").forEach(function (button) {
            button.setAttribute("aria-pressed", String(root.getAttribute("data-contrast") === "high"));
        });
    }

    function setupPreferences() {
        var bar = document.querySelector("[data-preferences]");
        if (!bar) return;
        bar.hidden = false;
        bar.addEventListener("click", function (event) {
            var button = event.target.closest("button");
            if (!button) return;
            if (button.dataset.themeChoice) {
                var theme = button.dataset.themeChoice;
                if (theme === "green") root.removeAttribute("data-theme"); else root.setAttribute("data-theme", theme);
                store("tamdai.theme", theme === "green" ? null : theme);
            } else if (button.hasAttribute("data-contrast-toggle")) {
                var high = root.getAttribute("data-contrast") !== "high";
                if (high) root.setAttribute("data-contrast", "high"); else root.removeAttribute("data-contrast");
                store("tamdai.contrast", high ? "high" : null);
            } else if (button.dataset.fontStep !== undefined) {
                var delta = parseInt(button.dataset.fontStep, 10);
                applyFontStep(delta === 0 ? 0 : Math.max(0, Math.min(MAX_STEP, currentStep() + delta)));
            }
            syncPressed();
        });
        syncPressed();
    }

    function announce(container, message) {
        var status = container && container.querySelector("[role=status]");
        if (status) status.textContent = message;
    }

    function setupShare() {
        document.querySelectorAll("[data-print]").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () { window.print(); });
        });
        document.querySelectorAll("[data-copy-link]").forEach(function (button) {
            if (!navigator.clipboard) return;
            button.hidden = false;
            button.addEventListener("click", function () {
                var group = button.closest(".share");
                navigator.clipboard.writeText(button.dataset.copyLink).then(
                    function () { announce(group, group.dataset.copiedMessage || "Đã sao chép liên kết."); },
                    function () { announce(group, button.dataset.copyLink); }
                );
            });
        });
        document.querySelectorAll("[data-share]").forEach(function (button) {
            if (!navigator.share) return;
            button.hidden = false;
            button.addEventListener("click", function () {
                navigator.share({ title: button.dataset.shareTitle, url: button.dataset.shareUrl }).catch(function () {});
            });
        });
    }

    setupPreferences();
    setupShare();
})();

/* Search suggestions: a <datalist> filled as the resident types (the form
   works as a plain form without it). */
(function () {
    "use strict";
    var counter = 0;
    document.querySelectorAll("input[data-suggest]").forEach(function (input) {
        var list = document.createElement("datalist");
        list.id = "search-suggestions-" + (++counter);
        input.setAttribute("list", list.id);
        input.after(list);
        var timer = null;
        var urls = {};
        input.addEventListener("input", function () {
            if (urls[input.value]) { window.location.href = urls[input.value]; return; }
            clearTimeout(timer);
            var query = input.value.trim();
            if (query.length < 2) return;
            timer = setTimeout(function () {
                fetch(input.dataset.suggest + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
                    .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                    .then(function (data) {
                        list.textContent = "";
                        urls = {};
                        data.suggestions.forEach(function (item) {
                            var option = document.createElement("option");
                            option.value = item.title;
                            urls[item.title] = item.url;
                            list.appendChild(option);
                        });
                    })
                    .catch(function () {});
            }, 200);
        });
    });
})();

/* Main menu on phones: the "Danh mục" button opens and closes the list of
   sections (a disclosure: aria-expanded on the button; Escape closes it and
   returns focus to the button). The CSS shows the button on narrow screens only;
   without JavaScript the list wraps and every section stays on screen. */
(function () {
    "use strict";
    document.querySelectorAll("[data-menu-toggle]").forEach(function (button) {
        var nav = button.closest("nav");
        if (!nav || !document.getElementById(button.getAttribute("aria-controls"))) return;
        function isOpen() { return button.getAttribute("aria-expanded") === "true"; }
        function setOpen(open) {
            button.setAttribute("aria-expanded", String(open));
            if (open) nav.setAttribute("data-open", ""); else nav.removeAttribute("data-open");
        }
        button.addEventListener("click", function () { setOpen(!isOpen()); });
        nav.addEventListener("keydown", function (event) {
            if (event.key !== "Escape" || !isOpen()) return;
            setOpen(false);
            button.focus();
        });
    });
})();
