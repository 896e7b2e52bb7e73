"use strict";
// Web chat for the UK safety assistant. Server and user text is only ever rendered
// with textContent and DOM nodes, never innerHTML: replies are untrusted text, and the
// page runs under a strict Content-Security-Policy (no inline code or styles).
(function () {
  const SENDER_KEY = "safety-assistant-sender";
  const SENDER_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
  const MAX_LENGTH = 500;
  const TIMEOUT_MS = 20000;
  const OFFLINE_TEXT = "Sorry, I can't reach the assistant right now. In an emergency, call 999.";
  const RETRY_TEXT = "Sorry, that didn't work. Please try again. In an emergency, call 999.";

  const log = document.getElementById("log");
  const form = document.getElementById("chat-form");
  const input = document.getElementById("message");
  const sendButton = document.getElementById("send");
  const typing = document.getElementById("typing");
  let busy = false;
  let fallbackSender = "";

  function newSenderId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  }

  // sessionStorage throws when storage is disabled (some private modes); keep an id in
  // memory then, so the chat still works, only without surviving a reload.
  function senderId() {
    try {
      let id = window.sessionStorage.getItem(SENDER_KEY);
      if (!id || !SENDER_PATTERN.test(id)) {
        id = newSenderId();
        window.sessionStorage.setItem(SENDER_KEY, id);
      }
      return id;
    } catch (error) {
      fallbackSender = fallbackSender || newSenderId();
      return fallbackSender;
    }
  }

  function makeElement(tag, text, className) {
    const element = document.createElement(tag);
    if (text) element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  function appendElement(parent, tag, text, className) {
    return parent.appendChild(makeElement(tag, text, className));
  }

  // Replies are plain text: lines next to each other form one paragraph (joined by
  // line breaks), a blank line starts a new one, and "- " lines become a list.
  function appendText(parent, text) {
    let block = null;
    for (const rawLine of text.split(/\r?\n/)) {
      const line = rawLine.trim();
      if (!line) {
        block = null;
      } else if (line.startsWith("- ")) {
        if (!block || block.tagName !== "UL") block = appendElement(parent, "ul");
        appendElement(block, "li", line.slice(2));
      } else {
        if (!block || block.tagName !== "P") block = appendElement(parent, "p");
        else block.appendChild(document.createElement("br"));
        block.appendChild(document.createTextNode(line));
      }
    }
  }

  // Parse the ISO date ourselves in UTC so the shown day never shifts with time zones.
  function formatDate(iso) {
    if (typeof iso !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "";
    const date = new Date(iso + "T00:00:00Z");
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return "";
    const options = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
    return date.toLocaleDateString("en-GB", options);
  }

  function appendSource(meta, source) {
    if (!source || typeof source !== "object") return;
    const url = typeof source.url === "string" ? source.url : "";
    const title = typeof source.title === "string" && source.title.trim() ? source.title : url;
    if (!title) return;
    const line = appendElement(meta, "p", "Source: ");
    // Only https links: this also rules out javascript: and data: URLs.
    if (!url.startsWith("https://")) {
      line.appendChild(document.createTextNode(title));
      return;
    }
    const link = appendElement(line, "a", title);
    link.href = url;
    link.rel = "noopener noreferrer";
    link.target = "_blank";
    appendElement(link, "span", " (opens in a new tab)", "visually-hidden");
  }

  function appendMeta(parent, message) {
    const meta = makeElement("div", "", "meta");
    if (Array.isArray(message.sources)) message.sources.forEach((s) => appendSource(meta, s));
    const reviewed = formatDate(message.reviewed);
    if (reviewed) appendElement(meta, "p", "Last reviewed " + reviewed);
    if (meta.childNodes.length) parent.appendChild(meta);
  }

  // Clicks are handled once on the log (see below), so a payload is all a button needs.
  function appendButtons(parent, buttons) {
    if (!Array.isArray(buttons)) return;
    const group = makeElement("div", "", "buttons");
    for (const item of buttons) {
      if (!item || typeof item.title !== "string" || typeof item.payload !== "string") continue;
      const button = appendElement(group, "button", item.title);
      button.type = "button";
      button.dataset.payload = item.payload;
    }
    if (group.childNodes.length) parent.appendChild(group);
  }

  // Each bubble is built completely before it joins the live log, so a screen reader
  // announces it once, with a spoken "You said" / "Assistant" prefix.
  function addBubble(who, build) {
    const bubble = makeElement("div", "", "msg " + who);
    appendElement(bubble, "span", who === "user" ? "You said: " : "Assistant: ", "visually-hidden");
    build(bubble);
    return log.appendChild(bubble);
  }

  function showBotMessage(message) {
    if (!message || typeof message !== "object") return null;
    return addBubble("bot", (bubble) => {
      if (typeof message.text === "string") appendText(bubble, message.text);
      appendMeta(bubble, message);
      appendButtons(bubble, message.buttons);
    });
  }

  function showNotice(text) {
    return addBubble("bot error", (bubble) => appendElement(bubble, "p", text));
  }

  // Retry-After is either a number of seconds or an HTTP date.
  function retrySeconds(header) {
    if (!header) return 0;
    const value = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
    return Number.isFinite(value) && value > 0 ? Math.ceil(value) : 0;
  }

  function showReply(reply) {
    const data = reply.data && typeof reply.data === "object" ? reply.data : {};
    const messages = Array.isArray(data.messages) ? data.messages : [];
    if ((reply.status === 200 || reply.status === 503) && messages.length) {
      const shown = messages.map(showBotMessage).filter(Boolean);
      if (shown.length) return shown[0];
    }
    if (reply.status !== 400 && reply.status !== 429) return showNotice(OFFLINE_TEXT);
    let text = typeof data.error === "string" && data.error.trim() ? data.error : RETRY_TEXT;
    const wait = retrySeconds(reply.retryAfter);
    if (reply.status === 429 && wait) text += ` Please wait ${wait} second${wait === 1 ? "" : "s"}.`;
    return showNotice(text);
  }

  // The timeout covers reading the body too; a body that isn't JSON throws, and is
  // treated the same as a network failure.
  async function requestReply(text) {
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ sender: senderId(), message: text }),
        signal: controller.signal,
      });
      const data = await response.json();
      return { status: response.status, retryAfter: response.headers.get("Retry-After"), data };
    } finally {
      window.clearTimeout(timer);
    }
  }

  function setBusy(state) {
    busy = state;
    sendButton.disabled = state;
    typing.hidden = !state;
  }

  // `shown` is the button title for quick replies; typed text is shown as typed and put
  // back in the box if it could not be sent, so nobody has to type it again.
  async function send(message, shown) {
    const text = typeof message === "string" ? message.trim() : "";
    if (busy || !text || text.length > MAX_LENGTH) return;
    addBubble("user", (bubble) => appendElement(bubble, "p", shown || text));
    setBusy(true);
    typing.scrollIntoView({ block: "nearest" });
    let first;
    try {
      first = showReply(await requestReply(text));
    } catch (error) {
      first = showNotice(OFFLINE_TEXT);
      if (!shown && !input.value) input.value = text;
    } finally {
      setBusy(false);
    }
    // "nearest" shows the top of a long answer rather than scrolling past it.
    if (first) first.scrollIntoView({ block: "nearest" });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy || !input.value.trim()) return;
    const text = input.value;
    input.value = "";
    input.focus();
    send(text);
  });

  log.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target && target.closest("button[data-payload]");
    if (button) send(button.dataset.payload, button.textContent.trim());
  });

  // Some browsers scroll to the input without focusing it; focus it explicitly.
  document.querySelector(".skip-link")?.addEventListener("click", (event) => {
    event.preventDefault();
    input.focus();
  });
})();
