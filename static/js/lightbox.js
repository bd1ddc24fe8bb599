/* Photo album lightbox. Without JavaScript every thumbnail is a plain link to
   the large photo. With it: a modal <dialog>, arrow keys and swipe to move,
   Esc or the close button to leave, focus back on the thumbnail. */
(function () {
    "use strict";

    function setup(grid) {
        var links = Array.prototype.slice.call(grid.querySelectorAll("[data-lightbox-item]"));
        if (!links.length || typeof HTMLDialogElement === "undefined") return;
        var index = 0;
        var opener = null;

        var dialog = document.createElement("dialog");
        dialog.className = "lightbox";
        dialog.setAttribute("aria-label", grid.dataset.labelDialog || "");
        dialog.innerHTML =
            '<figure class="lightbox__figure"><img class="lightbox__image" alt="">' +
            '<figcaption class="lightbox__caption"></figcaption></figure>' +
            '<p class="lightbox__counter" aria-live="polite"></p>' +
            '<button type="button" class="lightbox__button lightbox__prev"></button>' +
            '<button type="button" class="lightbox__button lightbox__next"></button>' +
            '<button type="button" class="lightbox__button lightbox__close"></button>';
        document.body.appendChild(dialog);
        var image = dialog.querySelector(".lightbox__image");
        var caption = dialog.querySelector(".lightbox__caption");
        var counter = dialog.querySelector(".lightbox__counter");
        var prev = dialog.querySelector(".lightbox__prev");
        var next = dialog.querySelector(".lightbox__next");
        var close = dialog.querySelector(".lightbox__close");
        prev.textContent = "‹";
        next.textContent = "›";
        close.textContent = "×";
        prev.setAttribute("aria-label", grid.dataset.labelPrevious || "Previous");
        next.setAttribute("aria-label", grid.dataset.labelNext || "Next");
        close.setAttribute("aria-label", grid.dataset.labelClose || "Close");

        function show(i) {
            index = (i + links.length) % links.length;
            var link = links[index];
            image.src = link.href;
            image.alt = link.dataset.alt || "";
            caption.textContent = link.dataset.caption || "";
            counter.textContent = (index + 1) + " / " + links.length;
        }

        links.forEach(function (link, i) {
            link.addEventListener("click", function (event) {
                if (event.ctrlKey || event.metaKey || event.shiftKey) return;
                event.preventDefault();
                opener = link;
                show(i);
                dialog.showModal();
                close.focus();
            });
        });
        prev.addEventListener("click", function () { show(index - 1); });
        next.addEventListener("click", function () { show(index + 1); });
        close.addEventListener("click", function () { dialog.close(); });
        dialog.addEventListener("close", function () {
            image.removeAttribute("src");
            if (opener) opener.focus();
        });
        dialog.addEventListener("click", function (event) {
            if (event.target === dialog) dialog.close();  // click on the backdrop
        });
        dialog.addEventListener("keydown", function (event) {
            if (event.key === "ArrowLeft") { event.preventDefault(); show(index - 1); }
            else if (event.key === "ArrowRight") { event.preventDefault(); show(index + 1); }
        });
        var startX = null;
        dialog.addEventListener("pointerdown", function (event) { startX = event.clientX; });
        dialog.addEventListener("pointerup", function (event) {
            if (startX === null) return;
            var dx = event.clientX - startX;
            startX = null;
            if (Math.abs(dx) > 50) show(index + (dx < 0 ? 1 : -1));
        });
    }

    document.querySelectorAll("[data-lightbox]").forEach(setup);
})();
