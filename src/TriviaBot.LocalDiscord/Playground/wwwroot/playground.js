// The TriviaBot playground: a Discord-like channel view over the local Discord-faithful server.
// Everything the bot or a user wrote is put on the page with textContent / text nodes, never as HTML:
// article text can hold HTML-like strings and @everyone.
'use strict';

const OPTION = { SUB: 1, GROUP: 2, STRING: 3, INTEGER: 4, BOOLEAN: 5, USER: 6, CHANNEL: 7, ROLE: 8, MENTIONABLE: 9, NUMBER: 10 };
const EPHEMERAL = 64;
const LOADING = 128;

const state = {
  world: null,
  commands: [],
  user: null,
  channelId: null,
  channels: new Map(), // channel id -> Map(message id -> message)
  unread: new Set(),
  source: null,
  sent: new Map(), // interaction id -> what the current user did ("/trivia"), for the "used /trivia" line
  ac: { items: [], index: -1, navigated: false, seq: 0 },
  // Players with Manage Server (the admin commands /trivia-admin and /daily need it); alice owns the server.
  admins: new Set(['alice']),
};

// A plain member's permissions as the local server gives them, plus MANAGE_GUILD (1 << 5) for an admin.
const MEMBER_PERMISSIONS = 1071698660929n;
const MANAGE_GUILD = 32n;

const $ = (id) => document.getElementById(id);
let localSeq = 0; // ids of messages only this page knows (longer than any snowflake, so they sort last)

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) throw new Error((json && (json.error || json.message)) || `HTTP ${response.status}`);
  return json;
}

// ---- snowflakes and time -------------------------------------------------------------------------------

function compareIds(a, b) {
  return a.length !== b.length ? a.length - b.length : (a < b ? -1 : a > b ? 1 : 0);
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

function relativeTime(unixSeconds) {
  const diff = unixSeconds - Date.now() / 1000;
  const abs = Math.abs(diff);
  if (abs < 60) return relative.format(Math.round(diff), 'second');
  if (abs < 3600) return relative.format(Math.round(diff / 60), 'minute');
  if (abs < 86400) return relative.format(Math.round(diff / 3600), 'hour');
  return relative.format(Math.round(diff / 86400), 'day');
}

function formatTimestamp(unixSeconds, style) {
  const date = new Date(unixSeconds * 1000);
  switch (style) {
    case 'R': return relativeTime(unixSeconds);
    case 't': return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    case 'T': return date.toLocaleTimeString();
    case 'd': return date.toLocaleDateString();
    case 'D': return date.toLocaleDateString([], { dateStyle: 'long' });
    case 'F': return date.toLocaleString([], { dateStyle: 'full', timeStyle: 'short' });
    default: return date.toLocaleString([], { dateStyle: 'long', timeStyle: 'short' });
  }
}

function refreshTimestamps() {
  for (const node of document.querySelectorAll('[data-ts]')) {
    node.textContent = formatTimestamp(Number(node.dataset.ts), node.dataset.style);
  }
}

// ---- markdown (a safe subset: text nodes and a few elements) ------------------------------------------

const INLINE = /\\([\\*_~`|>#<@-])|\*\*([\s\S]+?)\*\*|__([\s\S]+?)__|~~([\s\S]+?)~~|\*([^*\n]+?)\*|\b_([^_\n]+?)_\b|`([^`\n]+?)`|\|\|([\s\S]+?)\|\||<t:(-?\d+)(?::([tTdDfFR]))?>|<@!?(\d+)>/g;

function renderInline(text, parent) {
  let last = 0;
  // matchAll iterates a copy of the pattern, so the recursion below cannot disturb this loop's position.
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
    last = m.index + m[0].length;
    if (m[1] !== undefined) parent.appendChild(document.createTextNode(m[1]));
    else if (m[2] !== undefined) renderInline(m[2], parent.appendChild(el('strong')));
    else if (m[3] !== undefined) renderInline(m[3], parent.appendChild(el('u')));
    else if (m[4] !== undefined) renderInline(m[4], parent.appendChild(el('s')));
    else if (m[5] !== undefined) renderInline(m[5], parent.appendChild(el('em')));
    else if (m[6] !== undefined) renderInline(m[6], parent.appendChild(el('em')));
    else if (m[7] !== undefined) parent.appendChild(el('code', null, m[7]));
    else if (m[8] !== undefined) {
      const spoiler = parent.appendChild(el('span', 'spoiler'));
      spoiler.tabIndex = 0;
      spoiler.setAttribute('role', 'button');
      spoiler.setAttribute('aria-label', 'Spoiler');
      const reveal = () => spoiler.classList.add('shown');
      spoiler.addEventListener('click', reveal);
      spoiler.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') reveal(); });
      renderInline(m[8], spoiler);
    } else if (m[9] !== undefined) {
      const time = parent.appendChild(el('span', 'timestamp', formatTimestamp(Number(m[9]), m[10])));
      time.dataset.ts = m[9];
      time.dataset.style = m[10] || 'f';
      time.title = new Date(Number(m[9]) * 1000).toLocaleString();
    } else if (m[11] !== undefined) {
      const user = state.world && state.world.users.find((u) => u.id === m[11]);
      parent.appendChild(el('span', 'mention', '@' + (user ? user.global_name || user.username : m[11])));
    }
  }
  if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
}

function renderMarkdown(text, parent) {
  const lines = String(text || '').split('\n');
  let quote = null;
  let buffer = [];
  const flush = () => {
    if (buffer.length) {
      renderInline(buffer.join('\n'), quote || parent);
      buffer = [];
    }
  };
  for (const line of lines) {
    const isQuote = line.startsWith('> ') || line === '>';
    if (isQuote !== (quote !== null)) {
      flush();
      if (isQuote) {
        quote = parent.appendChild(el('blockquote'));
      } else {
        quote = null;
      }
    }
    buffer.push(isQuote ? line.slice(2) : line);
  }
  flush();
  return parent;
}

// ---- messages ------------------------------------------------------------------------------------------

function channelMessages(channelId) {
  if (!state.channels.has(channelId)) state.channels.set(channelId, new Map());
  return state.channels.get(channelId);
}

function userName(user) {
  return user ? user.global_name || user.username : 'someone';
}

function colorHex(color) {
  return '#' + Number(color).toString(16).padStart(6, '0');
}

function renderEmbed(embed) {
  const box = el('div', 'embed');
  if (typeof embed.color === 'number') box.style.borderLeftColor = colorHex(embed.color);
  if (embed.author && embed.author.name) box.appendChild(el('div', 'embed-author', embed.author.name));
  if (embed.title) renderInline(embed.title, box.appendChild(el('div', 'embed-title')));
  if (embed.description) renderMarkdown(embed.description, box.appendChild(el('div', 'embed-description')));
  if (Array.isArray(embed.fields) && embed.fields.length) {
    const fields = box.appendChild(el('div', 'embed-fields'));
    for (const field of embed.fields) {
      const f = fields.appendChild(el('div', field.inline ? 'embed-field inline' : 'embed-field'));
      renderInline(field.name || '', f.appendChild(el('div', 'embed-field-name')));
      renderMarkdown(field.value || '', f.appendChild(el('div', 'embed-field-value')));
    }
  }
  const footer = [];
  if (embed.footer && embed.footer.text) footer.push(embed.footer.text);
  if (embed.timestamp) footer.push(new Date(embed.timestamp).toLocaleString());
  if (footer.length) renderInline(footer.join(' • '), box.appendChild(el('div', 'embed-footer')));
  return box;
}

function renderButton(message, button) {
  if (button.style === 5 && typeof button.url === 'string' && /^https?:\/\//i.test(button.url)) {
    const link = el('a', 'dc-btn style-5');
    link.href = button.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = [button.emoji && button.emoji.name, button.label, '↗'].filter(Boolean).join(' ');
    return link;
  }
  const b = el('button', `dc-btn style-${button.style || 2}`);
  b.type = 'button';
  b.textContent = [button.emoji && button.emoji.name, button.label].filter(Boolean).join(' ');
  b.disabled = Boolean(button.disabled);
  b.dataset.customId = button.custom_id || '';
  b.addEventListener('click', () => clickButton(message, button, b));
  return b;
}

function renderComponents(message) {
  const rows = Array.isArray(message.components) ? message.components : [];
  if (!rows.length) return null;
  const box = el('div', 'components');
  for (const row of rows) {
    const r = box.appendChild(el('div', 'action-row'));
    for (const c of row.components || []) {
      if (c.type === 2) r.appendChild(renderButton(message, c));
    }
  }
  return box;
}

function renderMessage(message) {
  const flags = message.flags || 0;
  const ephemeral = (flags & EPHEMERAL) !== 0;
  const article = el('article', ephemeral ? 'message ephemeral' : 'message');
  article.dataset.id = message.id;
  const meta = message.interaction_metadata;
  if (meta && meta.user) {
    const line = article.appendChild(el('div', 'reply-line'));
    line.appendChild(el('span', 'who', userName(meta.user)));
    const did = state.sent.get(meta.id);
    if (meta.type === 2) {
      line.appendChild(document.createTextNode(' used '));
      line.appendChild(el('span', 'cmd', did || 'a command'));
    } else {
      line.appendChild(document.createTextNode(meta.type === 5 ? ' submitted a form' : ' clicked a button'));
    }
  }
  const author = message.author || {};
  article.appendChild(el('div', 'avatar', (userName(author)[0] || '?').toUpperCase())).setAttribute('aria-hidden', 'true');
  const body = article.appendChild(el('div', 'message-body'));
  const header = body.appendChild(el('div', 'message-header'));
  header.appendChild(el('span', 'author', userName(author)));
  if (author.bot) header.appendChild(el('span', 'bot-tag', 'APP'));
  if (message.timestamp) {
    const time = header.appendChild(el('time', 'time', new Date(message.timestamp).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })));
    time.dateTime = message.timestamp;
  }
  if (message.edited_timestamp) header.appendChild(el('span', 'edited', '(edited)'));
  if (flags & LOADING) {
    body.appendChild(el('div', 'content thinking', `${userName(author)} is thinking…`));
  } else if (message.content) {
    renderMarkdown(message.content, body.appendChild(el('div', 'content')));
  }
  for (const embed of message.embeds || []) body.appendChild(renderEmbed(embed));
  const components = renderComponents(message);
  if (components) body.appendChild(components);
  if (ephemeral) {
    const note = body.appendChild(el('div', 'ephemeral-note'));
    note.appendChild(el('span', null, '👁 Only you can see this •'));
    const dismiss = note.appendChild(el('button', null, 'Dismiss message'));
    dismiss.type = 'button';
    dismiss.addEventListener('click', () => removeMessage(message.channel_id, message.id));
  }
  return article;
}

function nearBottom() {
  const box = $('messages');
  return box.scrollHeight - box.scrollTop - box.clientHeight < 80;
}

function scrollToBottom() {
  const box = $('messages');
  box.scrollTop = box.scrollHeight;
}

function renderChannel() {
  const box = $('messages');
  box.replaceChildren();
  const list = [...channelMessages(state.channelId).values()].sort((a, b) => compareIds(a.id, b.id));
  const channel = state.world.channels.find((c) => c.id === state.channelId);
  const empty = box.appendChild(el('div', 'empty'));
  empty.appendChild(el('h2', null, `Welcome to #${channel ? channel.name : ''}!`));
  empty.appendChild(el('p', null, 'Type / in the box below to see the bot\'s commands — /trivia asks a question, /leaderboard shows who leads. Switch player at the bottom left.'));
  for (const message of list) box.appendChild(renderMessage(message));
  scrollToBottom();
}

function upsertMessage(message, created) {
  const channelId = message.channel_id;
  const meta = message.interaction_metadata;
  if (meta && !message.localFor) {
    for (const [id, m] of channelMessages(channelId)) {
      if (m.localFor === meta.id) removeMessage(channelId, id);
    }
  }
  channelMessages(channelId).set(message.id, message);
  if (channelId !== state.channelId) {
    if (created && !state.unread.has(channelId)) {
      state.unread.add(channelId);
      renderChannelList();
    }
    return;
  }
  const box = $('messages');
  const stick = nearBottom();
  const existing = box.querySelector(`article[data-id="${CSS.escape(message.id)}"]`);
  const focused = document.activeElement;
  const focusedId = focused && existing && existing.contains(focused) ? focused.dataset.customId : null;
  const node = renderMessage(message);
  if (existing) {
    existing.replaceWith(node);
  } else {
    const after = [...box.querySelectorAll('article[data-id]')].find((a) => compareIds(a.dataset.id, message.id) > 0);
    box.insertBefore(node, after || null);
  }
  if (focusedId) {
    const again = [...node.querySelectorAll('button')].find((b) => b.dataset.customId === focusedId);
    if (again && !again.disabled) again.focus();
  }
  if (stick || !existing) scrollToBottom();
}

function removeMessage(channelId, messageId) {
  channelMessages(channelId).delete(messageId);
  const node = $('messages').querySelector(`article[data-id="${CSS.escape(messageId)}"]`);
  if (channelId === state.channelId && node) node.remove();
}

// A note from the playground itself ("The application did not respond"), shown like an ephemeral message.
function systemNote(text) {
  const id = `9${String(Date.now())}${String(localSeq++).padStart(6, '0')}`;
  upsertMessage({
    id, channel_id: state.channelId, flags: EPHEMERAL, content: text, timestamp: new Date().toISOString(),
    author: { username: 'Playground', bot: true },
  });
}

async function loadHistory(channelId) {
  const list = await api('GET', `/_local/channels/${encodeURIComponent(channelId)}/messages`);
  const map = channelMessages(channelId);
  for (const [id, m] of map) {
    if (!((m.flags || 0) & EPHEMERAL)) map.delete(id);
  }
  for (const m of list) map.set(m.id, m);
  if (channelId === state.channelId) renderChannel();
}

// ---- the live feed -------------------------------------------------------------------------------------

function setStatus(text, live) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('live', Boolean(live));
}

function connect() {
  if (state.source) state.source.close();
  const source = new EventSource(`/_local/events?user=${encodeURIComponent(state.user.username)}`);
  state.source = source;
  source.addEventListener('ready', () => {
    setStatus(`live as ${userName(state.user)}`, true);
    document.body.dataset.live = 'true';
    loadHistory(state.channelId).catch((e) => setStatus(`could not load messages: ${e.message}`));
  });
  source.addEventListener('MESSAGE_CREATE', (e) => upsertMessage(JSON.parse(e.data), true));
  source.addEventListener('MESSAGE_UPDATE', (e) => upsertMessage(JSON.parse(e.data)));
  source.addEventListener('MESSAGE_DELETE', (e) => {
    const d = JSON.parse(e.data);
    removeMessage(d.channel_id, d.id);
  });
  source.onerror = () => {
    document.body.dataset.live = 'false';
    setStatus('reconnecting…');
  };
}

// ---- interactions --------------------------------------------------------------------------------------

/// Runs an interaction as the current user. `type` is the interaction's (2 command, 3 button, 5 form) and
/// `channelId` where it happened, for the user's own ephemeral reply.
async function interact(body, type, channelId) {
  try {
    const admin = body.command && state.admins.has(state.user.username);
    const outcome = await api('POST', '/_local/interactions', {
      user: state.user.username, ...(admin ? { permissions: String(MEMBER_PERMISSIONS | MANAGE_GUILD) } : {}), ...body,
    });
    if (outcome.status !== 'responded') {
      systemNote('The application did not respond.');
      return outcome;
    }
    const response = outcome.response || {};
    if (response.type === 9) openModal(response.data || {});
    if (response.type === 4 && response.data && (response.data.flags || 0) & EPHEMERAL) {
      showOwnReply(outcome.interaction_id, type, channelId, response.data);
    }
    return outcome;
  } catch (e) {
    systemNote(`Interaction failed: ${e.message}`);
    return null;
  }
}

/// An ephemeral reply is the user's own: it is shown from the interaction's response, and replaced by the same
/// message from the live feed (which carries its id and later edits) if that arrives too.
function showOwnReply(interactionId, type, channelId, data) {
  for (const m of channelMessages(channelId).values()) {
    if (m.interaction_metadata && m.interaction_metadata.id === interactionId) return;
  }
  upsertMessage({
    id: `9${String(Date.now())}${String(localSeq++).padStart(6, '0')}`, channel_id: channelId, localFor: interactionId,
    flags: data.flags, content: data.content || '', embeds: data.embeds || [], components: data.components || [],
    timestamp: new Date().toISOString(), author: state.world.bot,
    interaction_metadata: { id: interactionId, type, user: state.user },
  }, true);
}

async function clickButton(message, button, node) {
  node.classList.add('busy');
  node.disabled = true;
  await interact({ message: message.id, customId: button.custom_id }, 3, message.channel_id);
  if (node.isConnected) {
    node.classList.remove('busy');
    node.disabled = Boolean(button.disabled);
  }
}

function textInputs(components) {
  const inputs = [];
  for (const c of components || []) {
    if (c.type === 4) inputs.push(c);
    else if (c.type === 18 && c.component && c.component.type === 4) inputs.push({ ...c.component, label: c.component.label || c.label });
    else if (Array.isArray(c.components)) inputs.push(...textInputs(c.components));
  }
  return inputs;
}

function openModal(data) {
  const dialog = $('modal');
  $('modal-title').textContent = data.title || '';
  const fields = $('modal-fields');
  fields.replaceChildren();
  textInputs(data.components).forEach((input, i) => {
    const wrap = fields.appendChild(el('div', 'modal-field'));
    const label = wrap.appendChild(el('label', null, input.label || input.custom_id));
    const control = el(input.style === 2 ? 'textarea' : 'input');
    control.id = `modal-input-${i}`;
    control.name = input.custom_id;
    label.htmlFor = control.id;
    if (input.placeholder) control.placeholder = input.placeholder;
    if (input.value) control.value = input.value;
    if (input.max_length) control.maxLength = input.max_length;
    if (input.min_length) control.minLength = input.min_length;
    control.required = input.required !== false;
    wrap.appendChild(control);
  });
  dialog.dataset.customId = data.custom_id || '';
  dialog.dataset.channelId = state.channelId;
  dialog.showModal();
  const first = fields.querySelector('input, textarea');
  if (first) first.focus();
}

async function submitModal(event) {
  event.preventDefault();
  const dialog = $('modal');
  const form = $('modal-form');
  if (!form.reportValidity()) return;
  const values = {};
  for (const control of form.querySelectorAll('#modal-fields input, #modal-fields textarea')) values[control.name] = control.value;
  dialog.close();
  await interact({ channel: dialog.dataset.channelId, customId: dialog.dataset.customId, fields: values }, 5, dialog.dataset.channelId);
  $('command-input').focus();
}

// ---- the command box: parsing ------------------------------------------------------------------------

function findCommand(name) {
  return state.commands.find((c) => c.name === name && (c.type || 1) === 1);
}

function subsOf(node) {
  return (node.options || []).filter((o) => o.type === OPTION.SUB || o.type === OPTION.GROUP);
}

function leafOptions(node) {
  return (node.options || []).filter((o) => o.type !== OPTION.SUB && o.type !== OPTION.GROUP);
}

/// Splits "/trivia-game start rounds:3 topic:The Office" into the command, its subcommand path and the options,
/// using the option names the bot registered (so values may hold spaces).
function parse(text) {
  const match = /^\/(\S*)/.exec(text);
  if (!match) return { error: 'Commands start with /' };
  const result = { name: match[1], command: findCommand(match[1]), path: [], node: null, options: [], rest: text.slice(match[0].length) };
  if (!result.command) return result;
  let node = result.command;
  let rest = result.rest;
  while (subsOf(node).length) {
    const word = /^\s+(\S+)/.exec(rest);
    const sub = word && subsOf(node).find((s) => s.name === word[1]);
    if (!sub) {
      result.pendingSub = node;
      result.subWord = word ? word[1] : '';
      result.rest = rest;
      return result;
    }
    result.path.push(sub);
    node = sub;
    rest = rest.slice(word[0].length);
  }
  result.node = node;
  result.rest = rest;
  const names = leafOptions(node).map((o) => o.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!names.length) return result;
  const re = new RegExp(`(^|\\s)(${names.join('|')}):`, 'g');
  const marks = [];
  for (let m = re.exec(rest); m !== null; m = re.exec(rest)) marks.push({ name: m[2], start: m.index + m[1].length, valueStart: re.lastIndex });
  result.leading = (marks.length ? rest.slice(0, marks[0].start) : rest).trim();
  marks.forEach((mark, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].start : rest.length;
    result.options.push({ def: leafOptions(node).find((o) => o.name === mark.name), raw: rest.slice(mark.valueStart, end), start: mark.start, valueStart: mark.valueStart });
  });
  return result;
}

function resolveUser(raw) {
  const name = raw.trim().replace(/^@/, '').toLowerCase();
  const user = state.world.users.find((u) => u.id === name || u.username.toLowerCase() === name || (u.global_name || '').toLowerCase() === name);
  return user ? user.id : null;
}

function convert(def, raw) {
  const text = raw.trim();
  if (Array.isArray(def.choices) && def.choices.length) {
    const choice = def.choices.find((c) => String(c.value) === text) || def.choices.find((c) => c.name.toLowerCase() === text.toLowerCase());
    if (!choice) throw new Error(`${def.name}: choose one of ${def.choices.map((c) => c.value).join(', ')}`);
    return choice.value;
  }
  switch (def.type) {
    case OPTION.INTEGER: {
      if (!/^-?\d+$/.test(text)) throw new Error(`${def.name} must be a whole number`);
      const n = Number(text);
      if (def.min_value !== undefined && n < def.min_value) throw new Error(`${def.name} must be at least ${def.min_value}`);
      if (def.max_value !== undefined && n > def.max_value) throw new Error(`${def.name} must be at most ${def.max_value}`);
      return n;
    }
    case OPTION.NUMBER: {
      const n = Number(text);
      if (text === '' || Number.isNaN(n)) throw new Error(`${def.name} must be a number`);
      return n;
    }
    case OPTION.BOOLEAN:
      if (!/^(true|false)$/i.test(text)) throw new Error(`${def.name} must be true or false`);
      return text.toLowerCase() === 'true';
    case OPTION.USER:
    case OPTION.MENTIONABLE: {
      const id = resolveUser(text);
      if (!id) throw new Error(`${def.name}: no user called ${text}`);
      return id;
    }
    default:
      if (text === '') throw new Error(`${def.name} needs a value`);
      return text;
  }
}

/// The options object the control API takes: {name: value}, nested under the subcommand path.
function buildOptions(parsed, focusedName) {
  const values = {};
  for (const o of parsed.options) {
    if (o.def.name === focusedName) values[o.def.name] = o.raw.trim();
    else values[o.def.name] = convert(o.def, o.raw);
  }
  if (focusedName) values.$focused = focusedName;
  let options = values;
  for (let i = parsed.path.length - 1; i >= 0; i--) options = { [parsed.path[i].name]: options };
  return options;
}

async function runCommand() {
  const input = $('command-input');
  const text = input.value.trim();
  if (!text) return;
  const error = $('composer-error');
  const fail = (message) => {
    error.textContent = message;
    error.hidden = false;
  };
  error.hidden = true;
  const parsed = parse(text);
  if (parsed.error) return fail(parsed.error);
  if (!parsed.command) return fail(`Unknown command /${parsed.name}. Type / to see the commands.`);
  if (parsed.pendingSub) return fail(`/${parsed.name} needs one of: ${subsOf(parsed.pendingSub).map((s) => s.name).join(', ')}`);
  if (parsed.leading) return fail(`Unexpected "${parsed.leading}" — options are written name:value`);
  const given = new Set(parsed.options.map((o) => o.def.name));
  const missing = leafOptions(parsed.node).filter((o) => o.required && !given.has(o.name));
  if (missing.length) return fail(`Missing ${missing.map((o) => o.name + ':').join(' ')}`);
  let options;
  try {
    options = buildOptions(parsed);
  } catch (e) {
    return fail(e.message);
  }
  input.value = '';
  closeAutocomplete();
  const label = '/' + [parsed.command.name, ...parsed.path.map((p) => p.name)].join(' ');
  const outcome = await interact({ channel: state.channelId, command: parsed.command.name, options: Object.keys(options).length ? options : undefined }, 2, state.channelId);
  if (outcome && outcome.interaction_id) {
    state.sent.set(outcome.interaction_id, label);
    for (const m of channelMessages(state.channelId).values()) {
      if (m.interaction_metadata && m.interaction_metadata.id === outcome.interaction_id) upsertMessage(m);
    }
  }
}

// ---- the command box: autocomplete -------------------------------------------------------------------

function closeAutocomplete() {
  const box = $('autocomplete');
  box.hidden = true;
  box.replaceChildren();
  state.ac.items = [];
  state.ac.index = -1;
  state.ac.navigated = false;
  $('command-input').setAttribute('aria-expanded', 'false');
  $('command-input').removeAttribute('aria-activedescendant');
}

function showSuggestions(heading, items) {
  const box = $('autocomplete');
  box.replaceChildren();
  state.ac.items = items.filter((i) => !i.hint);
  state.ac.index = state.ac.items.length ? 0 : -1;
  state.ac.navigated = false;
  if (!items.length) return closeAutocomplete();
  box.appendChild(el('div', 'ac-heading', heading));
  let n = 0;
  for (const item of items) {
    const row = box.appendChild(el('div', item.hint ? 'ac-item hint' : 'ac-item'));
    row.appendChild(el('span', 'ac-name', item.label));
    if (item.description) row.appendChild(el('span', 'ac-desc', item.description));
    if (!item.hint) {
      const index = n++;
      row.id = `ac-${index}`;
      row.setAttribute('role', 'option');
      row.addEventListener('mousedown', (e) => {
        e.preventDefault();
        accept(index);
      });
    }
  }
  box.hidden = false;
  $('command-input').setAttribute('aria-expanded', 'true');
  highlight();
}

function highlight() {
  const rows = $('autocomplete').querySelectorAll('[role="option"]');
  rows.forEach((row, i) => row.setAttribute('aria-selected', String(i === state.ac.index)));
  const input = $('command-input');
  if (state.ac.index >= 0 && rows[state.ac.index]) {
    input.setAttribute('aria-activedescendant', rows[state.ac.index].id);
    rows[state.ac.index].scrollIntoView({ block: 'nearest' });
  } else {
    input.removeAttribute('aria-activedescendant');
  }
}

function accept(index) {
  const item = state.ac.items[index];
  if (!item) return;
  const input = $('command-input');
  const caret = input.selectionStart ?? input.value.length;
  input.value = input.value.slice(0, item.from) + item.insert + input.value.slice(caret);
  const at = item.from + item.insert.length;
  input.setSelectionRange(at, at);
  input.focus();
  acUpdate = updateAutocomplete().catch(() => closeAutocomplete());
}

function optionTypeHint(def) {
  switch (def.type) {
    case OPTION.INTEGER: return `whole number${def.min_value !== undefined ? ` ${def.min_value}–${def.max_value ?? '…'}` : ''}`;
    case OPTION.NUMBER: return 'number';
    case OPTION.BOOLEAN: return 'true or false';
    case OPTION.USER: return 'a user';
    default: return 'text';
  }
}

async function updateAutocomplete() {
  const input = $('command-input');
  const before = input.value.slice(0, input.selectionStart ?? input.value.length);
  const seq = ++state.ac.seq;
  if (!before.startsWith('/')) return closeAutocomplete();
  if (!state.commands.length) await refreshCommands();
  if (seq !== state.ac.seq) return undefined;
  const nameOnly = /^\/(\S*)$/.exec(before);
  if (nameOnly) {
    const prefix = nameOnly[1].toLowerCase();
    const list = state.commands.filter((c) => (c.type || 1) === 1 && c.name.startsWith(prefix));
    if (!state.commands.length) return showSuggestions('Commands', [{ hint: true, label: 'The bot has not registered its commands yet…' }]);
    return showSuggestions('Commands', list.map((c) => ({ label: '/' + c.name, description: c.description, from: 0, insert: `/${c.name} ` })));
  }
  const parsed = parse(before);
  if (!parsed.command) return closeAutocomplete();
  if (parsed.pendingSub) {
    const word = /\s(\S*)$/.exec(before);
    const prefix = word ? word[1] : '';
    const from = before.length - prefix.length;
    const base = '/' + [parsed.command.name, ...parsed.path.map((p) => p.name)].join(' ');
    return showSuggestions(`/${parsed.command.name}`, subsOf(parsed.pendingSub).filter((s) => s.name.startsWith(prefix))
      .map((s) => ({ label: `${base} ${s.name}`, description: s.description, from, insert: s.name + ' ' })));
  }
  const used = new Set(parsed.options.map((o) => o.def.name));
  const current = parsed.options[parsed.options.length - 1];
  // The word at the caret, when it has no colon: the start of an option name (or more of a value with spaces).
  const lastWord = /(^|\s)([^\s:]*)$/.exec(before);
  const prefix = lastWord ? lastWord[2] : null;
  const names = prefix === null ? [] : leafOptions(parsed.node).filter((o) => !used.has(o.name) && o.name.startsWith(prefix))
    .map((o) => ({ label: `${o.name}:`, description: `${o.required ? '(required) ' : ''}${o.description}`, from: before.length - prefix.length, insert: `${o.name}:` }));
  const oneWordValue = current && (current.def.type !== OPTION.STRING || (current.def.choices && current.def.choices.length));
  if (prefix !== null && (!current || oneWordValue || names.length)) {
    if (!names.length) return showSuggestions(`/${parsed.command.name}`, [{ hint: true, label: 'Press Enter to run', description: parsed.node.description }]);
    return showSuggestions('Options', names);
  }
  if (!current) return closeAutocomplete();
  const def = current.def;
  const partial = before.slice(before.length - parsed.rest.length + current.valueStart).trimStart();
  const from = before.length - partial.length;
  if (def.choices && def.choices.length) {
    const p = partial.toLowerCase();
    return showSuggestions(def.name, def.choices.filter((c) => c.name.toLowerCase().includes(p) || String(c.value).toLowerCase().includes(p))
      .map((c) => ({ label: String(c.value), description: c.name, from, insert: `${c.value} ` })));
  }
  if (def.type === OPTION.USER || def.type === OPTION.MENTIONABLE) {
    const p = partial.replace(/^@/, '').toLowerCase();
    return showSuggestions(def.name, state.world.users.filter((u) => u.username.startsWith(p))
      .map((u) => ({ label: u.username, description: u.global_name, from, insert: `${u.username} ` })));
  }
  if (def.type === OPTION.BOOLEAN) {
    return showSuggestions(def.name, ['true', 'false'].filter((v) => v.startsWith(partial.toLowerCase())).map((v) => ({ label: v, from, insert: `${v} ` })));
  }
  if (def.autocomplete) {
    let options;
    try {
      options = buildOptions(parse(before), def.name);
    } catch {
      return closeAutocomplete();
    }
    const outcome = await api('POST', '/_local/interactions', {
      user: state.user.username, channel: state.channelId, command: parsed.command.name, options, autocomplete: true,
      ...(state.admins.has(state.user.username) ? { permissions: String(MEMBER_PERMISSIONS | MANAGE_GUILD) } : {}),
    }).catch(() => null);
    if (seq !== state.ac.seq) return undefined;
    const choices = (outcome && outcome.response && outcome.response.data && outcome.response.data.choices) || [];
    if (!choices.length) return showSuggestions(def.name, [{ hint: true, label: 'No matches', description: def.description }]);
    return showSuggestions(def.name, choices.map((c) => ({ label: c.name, description: String(c.value) === c.name ? '' : String(c.value), from, insert: `${c.value} ` })));
  }
  return showSuggestions(def.name, [{ hint: true, label: optionTypeHint(def), description: def.description }]);
}

let acTimer = 0;
let acUpdate = Promise.resolve();
function scheduleAutocomplete() {
  clearTimeout(acTimer);
  acTimer = setTimeout(() => {
    acTimer = 0;
    acUpdate = updateAutocomplete().catch(() => closeAutocomplete());
  }, 60);
}

// Keys that act on the suggestion list run in order, each after the list has caught up with what was typed:
// a fast typist (or a test) pressing Tab right after "ki" must get "kind:", not the list from before "ki".
let keyChain = Promise.resolve();
function onKeyDown(event) {
  if (!['ArrowDown', 'ArrowUp', 'Tab', 'Enter'].includes(event.key)) {
    if (event.key === 'Escape') closeAutocomplete();
    return;
  }
  if (event.key === 'Tab' && $('autocomplete').hidden && !acTimer) return; // let Tab move focus
  event.preventDefault();
  const key = event.key;
  keyChain = keyChain.then(async () => {
    if (acTimer) {
      clearTimeout(acTimer);
      acTimer = 0;
      acUpdate = updateAutocomplete().catch(() => closeAutocomplete());
    }
    await acUpdate;
    handleKey({ key, preventDefault() {} });
  }).catch(() => {});
}

function handleKey(event) {
  const open = !$('autocomplete').hidden && state.ac.items.length > 0;
  if (event.key === 'ArrowDown' && open) {
    event.preventDefault();
    state.ac.index = (state.ac.index + 1) % state.ac.items.length;
    state.ac.navigated = true;
    highlight();
  } else if (event.key === 'ArrowUp' && open) {
    event.preventDefault();
    state.ac.index = (state.ac.index - 1 + state.ac.items.length) % state.ac.items.length;
    state.ac.navigated = true;
    highlight();
  } else if (event.key === 'Tab' && open) {
    event.preventDefault();
    accept(Math.max(0, state.ac.index));
  } else if (event.key === 'Escape') {
    closeAutocomplete();
  } else if (event.key === 'Enter') {
    event.preventDefault();
    if (open && state.ac.navigated) accept(state.ac.index);
    else runCommand();
  }
}

async function refreshCommands() {
  try {
    state.commands = await api('GET', '/_local/commands');
  } catch {
    // keep what we had
  }
}

// ---- channels and players ------------------------------------------------------------------------------

function renderChannelList() {
  const list = $('channels');
  list.replaceChildren();
  for (const channel of state.world.channels) {
    const item = list.appendChild(el('li'));
    const button = item.appendChild(el('button', state.unread.has(channel.id) ? 'unread' : '', channel.name));
    button.type = 'button';
    if (channel.id === state.channelId) button.setAttribute('aria-current', 'page');
    button.addEventListener('click', () => selectChannel(channel.id));
  }
}

function selectChannel(channelId) {
  state.channelId = channelId;
  state.unread.delete(channelId);
  const channel = state.world.channels.find((c) => c.id === channelId);
  $('channel-name').textContent = channel ? channel.name : channelId;
  $('command-input').placeholder = `Message #${channel ? channel.name : ''} — type / for commands, e.g. /trivia kind:multiple-choice`;
  document.title = `#${channel ? channel.name : ''} — TriviaBot Local`;
  history.replaceState(null, '', `?user=${encodeURIComponent(state.user.username)}#${channel ? channel.name : channelId}`);
  renderChannelList();
  toggleSidebar(false);
  renderChannel();
  loadHistory(channelId).catch((e) => setStatus(`could not load messages: ${e.message}`));
}

function selectUser(username) {
  const user = state.world.users.find((u) => u.username === username) || state.world.users[0];
  state.user = user;
  localStorage.setItem('playground-user', user.username);
  $('user-select').value = user.username;
  $('admin-toggle').checked = state.admins.has(user.username);
  $('user-avatar').textContent = userName(user)[0].toUpperCase();
  // Ephemeral messages belong to whoever caused them: another player never sees them.
  for (const map of state.channels.values()) {
    for (const [id, m] of map) if ((m.flags || 0) & EPHEMERAL) map.delete(id);
  }
  state.sent.clear();
  history.replaceState(null, '', `?user=${encodeURIComponent(user.username)}${location.hash}`);
  setStatus('connecting…');
  connect();
  if (state.channelId) renderChannel();
}

function toggleSidebar(open) {
  const sidebar = $('sidebar');
  const show = open ?? !sidebar.classList.contains('open');
  sidebar.classList.toggle('open', show);
  $('backdrop').hidden = !show;
  $('menu-button').setAttribute('aria-expanded', String(show));
}

async function start() {
  $('admin-toggle').addEventListener('change', (e) => {
    if (e.target.checked) state.admins.add(state.user.username);
    else state.admins.delete(state.user.username);
  });
  state.world = await api('GET', '/_local/world');
  await refreshCommands();
  $('guild-name').textContent = state.world.guild.name;
  const select = $('user-select');
  for (const u of state.world.users) {
    const option = el('option', null, `${userName(u)} (${u.username})`);
    option.value = u.username;
    select.appendChild(option);
  }
  const params = new URLSearchParams(location.search);
  const wanted = params.get('user') || localStorage.getItem('playground-user') || 'alice';
  if (!state.world.users.some((u) => u.username === wanted)) {
    // Any name plays: the server makes a user for it.
    const option = el('option', null, wanted);
    option.value = wanted;
    select.appendChild(option);
    state.world.users.push({ id: '', username: wanted, global_name: wanted });
  }
  const hash = decodeURIComponent(location.hash.slice(1));
  const channel = state.world.channels.find((c) => c.name === hash || c.id === hash);
  state.channelId = channel ? channel.id : state.world.default_channel;
  selectUser(wanted);
  selectChannel(state.channelId);

  select.addEventListener('change', () => selectUser(select.value));
  const input = $('command-input');
  input.addEventListener('input', scheduleAutocomplete);
  input.addEventListener('focus', () => { refreshCommands(); if (input.value.startsWith('/')) scheduleAutocomplete(); });
  input.addEventListener('click', scheduleAutocomplete);
  input.addEventListener('keydown', onKeyDown);
  input.addEventListener('blur', () => setTimeout(closeAutocomplete, 150));
  $('composer').addEventListener('submit', (e) => { e.preventDefault(); runCommand(); });
  $('modal-form').addEventListener('submit', submitModal);
  $('modal-cancel').addEventListener('click', () => $('modal').close());
  $('menu-button').addEventListener('click', () => toggleSidebar());
  $('backdrop').addEventListener('click', () => toggleSidebar(false));
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') toggleSidebar(false); });
  setInterval(refreshTimestamps, 1000);
  input.focus();
}

start().catch((e) => setStatus(`could not start: ${e.message}`));
