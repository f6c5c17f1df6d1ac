// The venue pages' script (a placeholder for the full phone pages): shows the workshop's
// state from the API and follows its live updates. User text is set as text, never as HTML.
"use strict";

(function () {
  const status = document.getElementById("status");
  const area = document.getElementById("state");

  function item(text) {
    const li = document.createElement("li");
    li.textContent = String(text);
    return li;
  }

  function list(title, entries) {
    const box = document.createElement("div");
    const heading = document.createElement("h2");
    heading.textContent = title;
    const ul = document.createElement("ul");
    for (const entry of entries) ul.appendChild(item(entry));
    box.append(heading, ul);
    return box;
  }

  function show(state) {
    area.replaceChildren();
    if (Array.isArray(state.votes)) {
      const titles = state.votes.map((v) => v.title);
      area.appendChild(list("Votes", titles));
      status.textContent = titles.length ? "" : "Waiting for the next vote";
    }
    if (state.group && typeof state.group === "object") {
      const heading = document.createElement("h2");
      heading.textContent = state.group.name || "";
      area.appendChild(heading);
    }
    if (Array.isArray(state.questions)) {
      area.appendChild(list("Questions", state.questions.map((q) => q.text)));
    }
    if (Array.isArray(state.ideas)) {
      area.appendChild(list("Ideas", state.ideas.map((i) => i.text)));
    }
  }

  async function load() {
    try {
      const reply = await fetch("/api/v1/state", { credentials: "same-origin" });
      if (!reply.ok) {
        status.textContent = "This link is not valid (any more)";
        return;
      }
      show(await reply.json());
    } catch (e) {
      status.textContent = "Not connected";
    }
  }

  load();
  if (window.EventSource) {
    const events = new EventSource("/api/v1/events");
    events.addEventListener("ready", load);
    events.addEventListener("changed", load);
  }
})();
