// The UK safety assistant's chat widget. A site adds it with one tag:
//   <script src="https://HOST/widget.js" data-api="https://HOST" data-title="Stay safe" async></script>
// Everything lives in a shadow root, so the site's styles and the widget's can't touch each
// other. Text from the server or the person is only ever put in the page as text nodes or DOM
// elements built here, never parsed as HTML; there is no inline script, no eval and no style
// attribute, so it runs under a strict Content-Security-Policy. The gateway serves this file
// with widget.css put in place of the CSS placeholder below.
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script || window.safetyAssistantWidget) return;
  window.safetyAssistantWidget = true;

  const CSS = "__WIDGET_CSS__";
  const config = script.dataset;
  // data-api may be relative to the script's own address; the default is the script's origin.
  const API = new URL(config.api || "/", script.src).href.replace(/\/+$/, "");
  const TITLE = config.title || "Ask about staying safe";
  const KEY = "safety-assistant-widget:" + API;
  const MAX_LENGTH = 500;
  const MAX_KEPT = 120;
  const TIMEOUT_MS = 20000;
  // The only words held here: they must work when the assistant, and so its content, can't be
  // reached (like bot/reply.py's fixed reply). Everything else comes from the server.
  const OFFLINE = "Sorry, the assistant can't be reached right now. In an emergency, call 999.";
  const HOTLINE = "To report something suspicious, call the Anti-Terrorist Hotline on 0800 789 321.";
  const FAILED = "Sorry, that didn't work. Please try again. In an emergency, call 999.";

  // --- small DOM helpers --------------------------------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }
  function add(parent, tag, className, text) {
    return parent.appendChild(el(tag, className, text));
  }
  function button(parent, text, className) {
    const node = add(parent, "button", className, text);
    node.type = "button";
    return node;
  }
  function hiddenText(parent, text) {
    return add(parent, "span", "vh", text);
  }

  // --- the safe Markdown subset: paragraphs, "- " and "1. " lists, **bold**, https links ------
  // Bold is a true pair: "**" then a non-space, words with no "**" inside, a non-space, "**"; an
  // unbalanced or spaced "**" stays as typed (no lookbehind: older Safari can't parse one).
  const INLINE = /\*\*(?!\s)((?:(?!\*\*).)*?[^\s*])\*\*|\[([^\]\n]+)\]\((https:\/\/[^\s()]+)\)|(https:\/\/[^\s<>()]*[^\s<>().,;:!?'"])/g;
  function link(parent, text, url) {
    const a = add(parent, "a", "", text);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    hiddenText(a, " (opens in a new tab)");
  }
  function inline(parent, text) {
    let last = 0;
    for (const m of text.matchAll(INLINE)) {
      parent.append(text.slice(last, m.index));
      if (m[1] !== undefined) inline(add(parent, "strong"), m[1]);
      else if (m[2] !== undefined) link(parent, m[2], m[3]);
      else link(parent, m[4], m[4]);
      last = m.index + m[0].length;
    }
    parent.append(text.slice(last));
  }
  function markdown(parent, text) {
    let block = null;
    for (const raw of String(text).split(/\r?\n/)) {
      const line = raw.trim();
      const item = /^(?:[-*•]|(\d{1,3})[.)])\s+(.*)$/.exec(line);
      if (!line) {
        block = null;
      } else if (item) {
        const tag = item[1] ? "OL" : "UL";
        if (!block || block.tagName !== tag) block = add(parent, tag.toLowerCase());
        inline(add(block, "li"), item[2]);
      } else {
        if (!block || block.tagName !== "P") block = add(parent, "p");
        else add(block, "br");
        inline(block, line);
      }
    }
  }

  // The day is read in UTC so it never shifts with the reader's time zone.
  function reviewedOn(iso) {
    if (typeof iso !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "";
    const date = new Date(iso + "T00:00:00Z");
    if (Number.isNaN(date.getTime())) return "";
    return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }

  // --- what survives a reload: the sender id, whether the panel was open, the conversation ----
  function newSender() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  function load() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(KEY) || "null");
      if (saved && /^[A-Za-z0-9_-]{8,64}$/.test(saved.sender) && Array.isArray(saved.items)) return saved;
    } catch (error) { /* storage disabled or unreadable: start afresh */ }
    return { sender: newSender(), open: false, items: [] };
  }
  let state = load();
  function save() {
    state.items = state.items.slice(-MAX_KEPT);
    // Storage can be disabled or full: the chat still works, only without surviving a reload.
    try { sessionStorage.setItem(KEY, JSON.stringify(state)); } catch (error) { /* see above */ }
  }

  // --- the widget's DOM ------------------------------------------------------------------------
  const host = el("div");
  host.setAttribute("data-safety-assistant", "");
  const shadow = host.attachShadow({ mode: "open" });
  if (shadow.adoptedStyleSheets && window.CSSStyleSheet && "replaceSync" in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    add(shadow, "style", "", CSS);
  }
  const root = add(shadow, "div", "root");
  root.lang = config.lang || "en-GB";
  // Colours a site may set; one that would make text hard to read is ignored.
  const accent = config.colour || config.color;
  const onAccent = config.textColour || config.textColor || "#ffffff";
  if (/^#[0-9a-f]{6}$/i.test(accent || "") && /^#[0-9a-f]{6}$/i.test(onAccent) && contrast(accent, onAccent) >= 4.5
      && contrast(accent, "#ffffff") >= 4.5) {
    root.style.setProperty("--accent", accent);
    root.style.setProperty("--on-accent", onAccent);
  } else if (accent) {
    console.warn("safety assistant widget: data-colour must be #rrggbb with a 4.5:1 contrast; ignored");
  }

  const launcher = button(root, "", "launcher");
  add(launcher, "span", "icon").setAttribute("aria-hidden", "true");
  add(launcher, "span", "", TITLE);
  launcher.setAttribute("aria-haspopup", "dialog");
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "sa-panel");

  const panel = add(root, "div", "panel");
  panel.id = "sa-panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-modal", "true");
  panel.setAttribute("aria-labelledby", "sa-title");
  const header = add(panel, "div", "header");
  add(header, "h2", "title", TITLE).id = "sa-title";
  const restart = button(header, "Start again", "ghost");
  const close = button(header, "", "ghost close");
  add(close, "span", "", "×").setAttribute("aria-hidden", "true");
  hiddenText(close, "Close chat");
  const emergency = add(panel, "p", "emergency");
  add(emergency, "strong", "", "In an emergency call 999.");
  const log = add(panel, "div", "log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "Conversation");
  log.tabIndex = 0;
  const typing = add(panel, "p", "typing");
  typing.hidden = true;
  add(typing, "span", "dots").setAttribute("aria-hidden", "true");
  hiddenText(typing, "The assistant is replying.");
  const form = add(panel, "form", "composer");
  const label = add(form, "label", "", "Your message");
  label.htmlFor = "sa-input";
  const hint = add(form, "p", "hint", "Please don't include names, addresses or phone numbers.");
  hint.id = "sa-hint";
  const row = add(form, "div", "row");
  const input = add(row, "input");
  Object.assign(input, { id: "sa-input", type: "text", maxLength: MAX_LENGTH, autocomplete: "off" });
  input.setAttribute("aria-describedby", "sa-hint");
  input.setAttribute("enterkeyhint", "send");
  const send = add(row, "button", "primary", "Send");
  send.type = "submit";

  // --- messages ------------------------------------------------------------------------------
  function scrollTo(node) {
    log.scrollTop = Math.max(0, node.offsetTop - log.offsetTop - 8);
  }
  // A bubble is built whole before it joins the live log, so it is announced once, with who said it.
  function bubble(who, build) {
    const node = el("div", "msg " + who);
    hiddenText(node, who === "user" ? "You said: " : "Assistant said: ");
    build(node);
    return log.appendChild(node);
  }
  function showUser(text) {
    return bubble("user", (node) => add(node, "p", "", text));
  }
  function showBot(item) {
    const m = item.message;
    return bubble("bot", (node) => {
      markdown(node, typeof m.text === "string" ? m.text : "");
      const sources = Array.isArray(m.sources) ? m.sources.filter((s) => s && typeof s.url === "string") : [];
      const reviewed = reviewedOn(m.reviewed);
      if (sources.length || reviewed) {
        const meta = add(node, "div", "meta");
        for (const source of sources) {
          const line = add(meta, "p", "", "Source: ");
          const title = typeof source.title === "string" && source.title.trim() ? source.title : source.url;
          if (source.url.startsWith("https://")) link(line, title, source.url);
          else line.append(title);
        }
        if (reviewed) add(meta, "p", "", "Reviewed " + reviewed);
        if (typeof m.topic === "string") feedback(node, item);
      }
      const choices = Array.isArray(m.buttons) ? m.buttons.filter((b) => b && b.title && b.payload) : [];
      if (choices.length) {
        const group = add(node, "div", "buttons choices");
        for (const choice of choices) {
          const b = button(group, String(choice.title), "choice");
          b.addEventListener("click", () => ask(String(choice.payload), String(choice.title)));
        }
      }
    });
  }
  function notice(lines, retry) {
    return bubble("bot notice", (node) => {
      for (const line of lines) add(node, "p", "", line);
      if (retry) {
        const again = button(add(node, "div", "buttons"), "Try again", "choice");
        again.addEventListener("click", retry);
      }
    });
  }

  // "Was this helpful?" under a guidance answer; "No" asks what was missing first (optional).
  function feedback(node, item) {
    const box = add(node, "div", "feedback");
    if (item.feedback) {
      add(box, "p", "", "Thank you for your feedback.");
      return;
    }
    const group = add(box, "div", "buttons");
    group.setAttribute("role", "group");
    const question = add(group, "span", "", "Was this helpful?");
    question.id = "sa-q" + Math.random().toString(36).slice(2);
    group.setAttribute("aria-labelledby", question.id);
    const yes = button(group, "Yes");
    const no = button(group, "No");
    const status = add(box, "p", "status");
    yes.addEventListener("click", () => give(true, ""));
    no.addEventListener("click", () => {
      if (box.querySelector("textarea")) return box.querySelector("textarea").focus();
      const more = add(box, "form", "more");
      const id = "sa-c" + Math.random().toString(36).slice(2);
      const what = add(more, "label", "", "What were you looking for? (optional, no personal details)");
      what.htmlFor = id;
      const text = add(more, "textarea");
      Object.assign(text, { id, maxLength: 300, rows: 2 });
      button(more, "Send feedback", "primary").type = "submit";
      more.addEventListener("submit", (event) => {
        event.preventDefault();
        give(false, text.value.trim());
      });
      text.focus();
    });
    async function give(helpful, comment) {
      status.textContent = "";
      const body = { sender: state.sender, topic: item.message.topic, helpful };
      if (comment) body.comment = comment.slice(0, 300);
      let answer;
      try {
        answer = await post("/api/feedback", body);
      } catch (error) {
        answer = { status: 0, data: {} };
      }
      if (answer.status === 204) {
        item.feedback = helpful ? "yes" : "no";
        save();
        box.replaceChildren(el("p", "", "Thank you for your feedback."));
        // The buttons that had focus are gone: keep the keyboard user in the conversation.
        if (shadow.activeElement === null || !shadow.activeElement.isConnected) log.focus();
      } else {
        status.textContent = answer.data && typeof answer.data.error === "string" ? answer.data.error
          : "Sorry, your answer couldn't be sent. Please try again. In an emergency, call 999.";
      }
    }
  }

  function render(item) {
    return item.who === "user" ? showUser(item.text) : showBot(item);
  }

  // --- talking to the gateway ------------------------------------------------------------------
  let waitUntil = 0;
  let busy = false;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  async function post(path, body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      const response = await fetch(API + path, {
        method: "POST", mode: "cors", credentials: "omit", signal: controller.signal,
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
      });
      const data = response.status === 204 ? {} : await response.json().catch(() => ({}));
      return { status: response.status, retryAfter: response.headers.get("Retry-After"), data };
    } finally {
      clearTimeout(timer);
    }
  }
  function seconds(header, words) {
    const value = /^\d+$/.test(header || "") ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
    if (Number.isFinite(value) && value > 0) return Math.ceil(value);
    const said = /wait (\d+) second/.exec(words || "");
    return said ? Number(said[1]) : 5;
  }

  // Ask the assistant; `shown` is what the person sees they said (a button's title), null for
  // the greeting asked for on their behalf when the panel first opens.
  async function ask(text, shown) {
    if (busy) return;
    if (shown !== null) {
      const item = { who: "user", text: shown || text };
      state.items.push(item);
      save();
      render(item);
    }
    busy = true;
    typing.hidden = false;
    let first = null;
    try {
      if (Date.now() < waitUntil) await sleep(waitUntil - Date.now());
      let answer;
      try {
        answer = await post("/api/chat", { sender: state.sender, message: text });
      } catch (error) {
        answer = { status: 0, data: {} };
      }
      const messages = Array.isArray(answer.data.messages) ? answer.data.messages.filter((m) => m && typeof m === "object") : [];
      const words = typeof answer.data.error === "string" ? answer.data.error : "";
      const again = () => ask(text, null);
      if (answer.status === 200 && messages.length) {
        for (const message of messages) {
          const item = { who: "bot", message };
          state.items.push(item);
          // Every message is shown (the privacy note follows the answer); the first is scrolled to.
          const shown = render(item);
          first = first || shown;
        }
        save();
      } else if (answer.status === 429) {
        waitUntil = Date.now() + seconds(answer.retryAfter, words) * 1000;
        first = notice([words || FAILED], again);
      } else if (answer.status === 400) {
        first = notice([words || FAILED]);
      } else {
        // Unreachable, or the assistant behind the gateway is down (503, with its own 999 words).
        const said = messages.map((m) => m.text).filter((t) => typeof t === "string" && t.trim());
        first = notice([...(said.length ? said : [OFFLINE]), HOTLINE], again);
      }
    } finally {
      busy = false;
      typing.hidden = true;
    }
    if (first) scrollTo(first);
  }

  // --- opening, closing, keyboard --------------------------------------------------------------
  function open(focus) {
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute("aria-expanded", "true");
    state.open = true;
    save();
    if (!log.childElementCount) {
      state.items.forEach(render);
      if (!state.items.length) ask("/greet", null);
    }
    if (focus) input.focus();
    log.scrollTop = log.scrollHeight;
  }
  function shut() {
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    state.open = false;
    save();
    launcher.focus();
  }
  launcher.addEventListener("click", () => open(true));
  close.addEventListener("click", shut);
  restart.addEventListener("click", () => {
    // A new sender id is a new conversation for the assistant too.
    state = { sender: newSender(), open: true, items: [] };
    waitUntil = 0;
    save();
    log.replaceChildren();
    input.value = "";
    input.focus();
    ask("/greet", null);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = "";
    ask(text.slice(0, MAX_LENGTH), text.slice(0, MAX_LENGTH));
  });
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      shut();
    } else if (event.key === "Tab") {
      // Focus stays in the dialog (aria-modal) until it is closed.
      const focusable = [...panel.querySelectorAll("a[href], button, input, textarea, [tabindex='0']")]
        .filter((node) => !node.disabled && node.getClientRects().length);
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && shadow.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && shadow.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  });

  function contrast(a, b) {
    const lum = (hex) => {
      const [r, g, b2] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
    };
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  }

  function mount() {
    document.body.appendChild(host);
    if (state.open) open(true);
  }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
