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

/* Similar ideas while writing: ask the server once the title or summary has changed. */
function enhanceSimilarIdeas(box) {
  const form = box.closest("form");
  const fields = ["title", "summary"].map((name) => form.elements.namedItem(name)).filter(Boolean);
  let timer = null;
  let latest = "";
  async function refresh() {
    const params = new URLSearchParams();
    fields.forEach((field) => params.set(field.name, field.value));
    const query = params.toString();
    if (query === latest || fields[0].value.trim().length < 3) return;
    latest = query;
    try {
      const response = await fetch(`${box.dataset.similarUrl}?${query}`, {
        headers: { Accept: "text/html" },
        credentials: "same-origin",
      });
      if (response.ok && query === latest) box.innerHTML = await response.text();
    } catch (error) {
      /* The "Check for similar ideas" button still works. */
    }
  }
  fields.forEach((field) => {
    field.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 600);
    });
    field.addEventListener("change", refresh);
  });
}

document.querySelectorAll("[data-similar-ideas]").forEach(enhanceSimilarIdeas);
