/* Mitwirken – progressive enhancement only; every feature works without this file. */
"use strict";

/* Support button: send the form in the background and update the count in place. */
function enhanceSupportForm(form) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const box = form.closest(".support-box");
    const button = form.querySelector("button");
    const action = form.querySelector('input[name="action"]');
    const status = box.querySelector("[data-support-status]");
    button.disabled = true;
    try {
      // getAttribute: the form's own `action` property is shadowed by its input named "action".
      const response = await fetch(form.getAttribute("action"), {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      const result = await response.json();
      box.querySelector("[data-support-count]").textContent = result.count;
      const noun = box.querySelector("[data-support-noun]");
      noun.textContent = result.count === 1 ? noun.dataset.one : noun.dataset.other;
      status.textContent = result.message;
      if (response.ok) {
        const supported = result.supported;
        action.value = supported ? "withdraw" : "support";
        button.setAttribute("aria-pressed", String(supported));
        button.textContent = supported ? form.dataset.labelWithdraw : form.dataset.labelSupport;
        button.classList.toggle("button--secondary", supported);
      }
    } catch (error) {
      form.submit();
      return;
    }
    button.disabled = false;
  });
}

document.querySelectorAll("[data-support-form]").forEach(enhanceSupportForm);
