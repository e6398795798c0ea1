// SearchMining web page, researchers' workflows: hit charts beside the facets, saving a search, batch search,
// saved searches with their new hits and feeds, the contact directory, theme trends per region.
// Loaded after app.js and uses its helpers ($, esc, api, params, navigate, label, showError, renderHit, regionText).
"use strict";

const CONTACT_KINDS = { office: "机构", address: "地址", postcode: "邮编", phone: "电话", fax: "传真", email: "邮箱", website: "网址" };
const REGION_LEVELS = { province: "省级", city: "市级", county: "县级" };
/** The search parameters a saved search keeps (the rest — view, sort, cursor, page, group — are how it is shown). */
const SAVED_SEARCH_KEYS = ["q", "agency", "region", "level", "year", "section", "theme", "kind"];

// ---------- search view: hits per year and region, beside the facets ----------
async function renderHitCharts(p, result) {
  const box = $("#hit-charts");
  const form = $("#save-search-form");
  form.hidden = false;
  $("#save-search-status").textContent = "";
  if (!result.total) { box.innerHTML = ""; return; }
  const query = new URLSearchParams();
  for (const key of SAVED_SEARCH_KEYS) if (p.get(key)) query.set(key, p.get(key));
  query.set("by", "city"); // the level the parser fills most often
  try {
    const data = await api("/api/charts/hits?" + query.toString());
    if (params().toString() !== p.toString()) return; // another search started meanwhile
    box.innerHTML = `<h3>年份分布 <span class="count">（报告数）</span></h3>${yearHistogram(data.byYear, p)}
      <h3>地区分布 <span class="count">（报告数）</span></h3>${regionBars(data.byRegion.slice(0, 10), p)}`;
  } catch {
    box.innerHTML = "";
  }
}

function yearHistogram(bars, p) {
  if (bars.length === 0) return "<p class='summary'>无年份信息</p>";
  const width = 250, height = 90, bottom = 16, gap = 2;
  const max = Math.max(1, ...bars.map((b) => b.reports));
  const w = Math.max(3, (width - gap * bars.length) / bars.length);
  let svg = `<svg class="histogram" width="${width}" height="${height}" role="img" aria-label="各年份命中报告数">`;
  bars.forEach((b, i) => {
    const h = Math.round((b.reports / max) * (height - bottom - 4));
    const x = i * (w + gap), y = height - bottom - h;
    const n = params(); n.delete("cursor"); n.delete("page"); n.set("year", b.key);
    svg += `<a href="?${esc(n.toString())}" data-year="${esc(b.key)}"><rect x="${x}" y="${y}" width="${w}" height="${Math.max(h, b.reports ? 1 : 0)}" class="${p.get("year") === b.key ? "selected" : ""}"><title>${esc(b.key)} 年：${b.reports} 份报告，${b.sections} 个部分</title></rect></a>`;
  });
  const first = bars[0].key, last = bars[bars.length - 1].key;
  svg += `<text x="0" y="${height - 3}">${esc(first)}</text><text x="${width}" y="${height - 3}" text-anchor="end">${esc(last)}</text></svg>`;
  return svg;
}

function regionBars(bars, p) {
  if (bars.length === 0) return "<p class='summary'>无地区信息</p>";
  const max = Math.max(1, ...bars.map((b) => b.reports));
  return `<ul class="bars">${bars.map((b) => {
    const n = params(); n.delete("cursor"); n.delete("page"); n.set("region", b.key);
    return `<li><a href="?${esc(n.toString())}" title="${esc(b.key)}：${b.reports} 份报告，${b.sections} 个部分" class="${p.get("region") === b.key ? "selected" : ""}">${esc(b.key)}</a>
      <span class="bar" style="--w:${Math.round((b.reports / max) * 100)}%"></span><span class="count">${b.reports}</span></li>`;
  }).join("")}</ul>`;
}

$("#save-search-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target;
  const search = new URLSearchParams();
  for (const key of SAVED_SEARCH_KEYS) if (params().get(key)) search.set(key, params().get(key));
  try {
    const saved = await api("/api/saved-searches", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: form.name.value.trim(), search: search.toString() }),
    });
    form.name.value = "";
    $("#save-search-status").innerHTML = `已保存为“${esc(saved.name)}”（当前匹配 ${saved.matching} 份报告）· <a href="?view=saved">查看保存的检索</a> · <a href="${esc(saved.feed)}">订阅</a>`;
  } catch (error) {
    $("#save-search-status").textContent = "";
    showError(error);
  }
});

// ---------- batch search ----------
async function renderBatch() {
  if (!$("#batch-results").dataset.ready) {
    $("#batch-summary").textContent = "";
    $("#batch-results").innerHTML = "";
  }
}

/** The batch as a request body: the chosen file, else the pasted lines as text. */
function batchBody() {
  const file = $("#batch-file").files[0];
  if (file) {
    const form = new FormData();
    form.append("file", file, file.name);
    return { body: form };
  }
  const text = $("#batch-text").value;
  return { body: new Blob([text], { type: "text/plain; charset=utf-8" }), headers: { "Content-Type": "text/plain; charset=utf-8" } };
}

$("#batch-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  showError(null);
  const top = $("#batch-top").value;
  $("#batch-summary").textContent = "正在检索……";
  const started = performance.now();
  try {
    const data = await api(`/api/batch?format=json&top=${top}`, { method: "POST", ...batchBody() });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const failed = data.results.filter((r) => r.error).length;
    $("#batch-summary").textContent = `共 ${data.queries} 条检索式，用时 ${seconds} 秒：${data.results.filter((r) => !r.error && r.sections > 0).length} 条有结果，${data.results.filter((r) => !r.error && r.sections === 0).length} 条无结果${failed ? `，${failed} 条有误` : ""}。`;
    $("#batch-results").innerHTML = `<thead><tr><th>行</th><th>标签</th><th>检索式</th><th>筛选</th><th>部分数</th><th>报告数</th><th>前 ${top} 条结果</th></tr></thead><tbody>
      ${data.results.map(renderBatchRow).join("")}</tbody>`;
    $("#batch-results").dataset.ready = "1";
  } catch (error) {
    $("#batch-summary").textContent = "";
    showError(error);
  }
});

function renderBatchRow(r) {
  const q = r.query;
  const filters = Object.entries(q.spec.filters ?? {}).map(([k, v]) => `${LABELS.dims[k] ?? k}：${v.join("，")}`).join("；");
  const hits = r.error
    ? `<span class="error-text" data-kind="${esc(r.error.kind)}">${esc(ERROR_TEXT[r.error.kind] ?? "检索式有误")}</span>`
    : r.hits.map((h) => `<div><a href="${esc(relativeLink(h.link))}">${esc(h.agency ?? UNKNOWN_AGENCY)} ${esc(h.year ?? "")}年 · ${esc(h.section)}</a><div class="snippet">${esc(h.snippet)}</div></div>`).join("") || "<span class='summary'>无结果</span>";
  return `<tr data-line="${q.line}"><td>${q.line}</td><td>${esc(q.label ?? "")}</td><td>${esc(q.spec.query)}</td><td>${esc(filters)}</td>
    <td>${r.error ? "" : r.sections}</td><td>${r.error ? "" : r.reports}</td><td class="batch-hits">${hits}</td></tr>`;
}

/** A link the API made absolute, as a link inside this page. */
function relativeLink(link) {
  try { const url = new URL(link, location.href); return url.search; } catch { return link; }
}

$("#batch-csv").addEventListener("click", async () => {
  showError(null);
  try {
    const response = await fetch(`/api/batch?format=csv&top=${$("#batch-top").value}`, { method: "POST", ...batchBody() });
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement("a");
    a.href = url; a.download = "searchmining-batch.csv";
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (error) {
    showError(error);
  }
});

// ---------- saved searches ----------
async function renderSaved() {
  const list = await api("/api/saved-searches");
  $("#saved-list").innerHTML = list.length === 0
    ? "<li class='summary'>还没有保存的检索。在检索页输入检索式后点“保存此检索”。</li>"
    : list.map((s) => `<li class="saved" data-id="${esc(s.id)}">
        <div class="saved-head"><strong>${esc(s.name)}</strong> ${s.newHits ? `<span class="badge new">新 ${s.newHits}</span>` : ""}
          <span class="summary">匹配 ${s.matching} 份报告 · 保存于 ${esc(formatTime(s.createdAt))}</span></div>
        <div class="meta"><a href="?${esc(s.search)}">${esc(describeSearch(s))}</a>${s.error ? ` · <span class="error-text">${esc(ERROR_TEXT[s.errorKind] ?? s.error)}</span>` : ""}</div>
        <div class="saved-actions">
          <button type="button" class="link saved-hits" data-new="true">查看新结果</button>
          <button type="button" class="link saved-hits" data-new="false">全部匹配报告</button>
          <button type="button" class="link saved-seen">标记为已读</button>
          <a class="feed" href="${esc(s.feed)}" type="application/atom+xml">Atom 订阅</a>
          <button type="button" class="link saved-delete">删除</button>
        </div>
        <ol class="hits saved-hits-list" hidden></ol>
      </li>`).join("");
}

function describeSearch(s) {
  const filters = Object.entries(s.filters ?? {}).map(([k, v]) => `${LABELS.dims[k] ?? k}：${v.map((x) => label(k, x)).join("，")}`);
  return [s.query ? `“${s.query}”` : "全部报告", ...filters].join(" · ");
}

function formatTime(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString("zh-CN", { hour12: false });
}

document.addEventListener("click", async (event) => {
  const item = event.target.closest("#saved-list li.saved");
  if (!item) return;
  const id = item.dataset.id;
  try {
    if (event.target.closest(".saved-hits")) {
      const onlyNew = event.target.closest(".saved-hits").dataset.new === "true";
      const data = await api(`/api/saved-searches/${encodeURIComponent(id)}/hits?new=${onlyNew}`);
      const list = item.querySelector(".saved-hits-list");
      const q = data.search.query;
      list.innerHTML = data.hits.length === 0 ? `<li class="summary">${onlyNew ? "没有新结果。" : "没有匹配的报告。"}</li>`
        : data.hits.map((h) => `<li class="saved-hit${h.new ? " is-new" : ""}">${h.new ? '<span class="badge new">新</span>' : ""}<span class="summary">${esc(formatTime(h.firstMatchedAt))} 首次匹配</span><ol class="hits">${renderHit(h.report.sections[0], q)}</ol></li>`).join("");
      list.hidden = false;
    } else if (event.target.closest(".saved-seen")) {
      await api(`/api/saved-searches/${encodeURIComponent(id)}/seen`, { method: "POST" });
      await renderSaved();
    } else if (event.target.closest(".saved-delete")) {
      if (!window.confirm("删除这条保存的检索？")) return;
      await api(`/api/saved-searches/${encodeURIComponent(id)}`, { method: "DELETE" });
      await renderSaved();
    }
  } catch (error) {
    showError(error);
  }
});

// ---------- contacts ----------
async function renderContacts(p) {
  const form = $("#contacts-form");
  if (form.kind.options.length === 1) for (const [id, text] of Object.entries(CONTACT_KINDS)) form.kind.add(new Option(text, id));
  form.q.value = p.get("q") ?? "";
  form.kind.value = p.get("kind") ?? "";
  form.changed.checked = p.get("changed") === "true";
  const query = new URLSearchParams();
  for (const key of ["q", "kind", "changed"]) if (p.get(key)) query.set(key, p.get(key));
  $("#contacts-csv").href = "/api/contacts/directory?format=csv&" + query.toString();
  query.set("size", "100");
  const data = await api("/api/contacts/directory?" + query.toString());
  $("#contacts-summary").textContent = `共 ${data.total} 个机关${data.total > data.items.length ? `，显示前 ${data.items.length} 个` : ""}`;
  $("#contacts").innerHTML = data.items.map(renderAgencyContacts).join("");
}

function renderAgencyContacts(a) {
  const changes = new Map();
  for (const c of a.changes) changes.set(c.kind, [...(changes.get(c.kind) ?? []), c]);
  const rows = a.values.map((v) => {
    const changed = (changes.get(v.kind) ?? []).filter((c) => c.after.includes(v.value));
    const mark = changed.map((c) => `<span class="badge changed" title="${esc(c.previousYear)} 年为：${esc(c.before.join("，"))}">${c.year} 年变更</span>`).join("");
    return `<tr class="${v.current ? "current" : "former"}"><td>${esc(CONTACT_KINDS[v.kind] ?? v.kind)}</td><td>${esc(v.value)}</td>
      <td>${esc(v.years.join("、") || "年份未识别")}</td><td>${v.current ? "现用" : "旧"} ${mark}</td></tr>`;
  }).join("");
  return `<section class="agency-contacts${a.changes.length ? " has-changes" : ""}">
    <h3>${esc(a.agency)} <span class="summary">${esc(regionText(a.region))} · 报告年份 ${esc(a.years.join("、") || "未识别")}</span>
      ${a.changes.length ? `<span class="badge changed">联系方式有变更</span>` : ""}</h3>
    <table class="grid contacts"><thead><tr><th>类型</th><th>内容</th><th>出现年份</th><th>状态</th></tr></thead><tbody>${rows}</tbody></table>
  </section>`;
}

$("#contacts-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const n = new URLSearchParams({ view: "contacts" });
  const form = event.target;
  if (form.q.value.trim()) n.set("q", form.q.value.trim());
  if (form.kind.value) n.set("kind", form.kind.value);
  if (form.changed.checked) n.set("changed", "true");
  navigate(n);
});

// ---------- themes: trends per region ----------
async function renderThemeTrends(p) {
  const by = p.get("by") ?? "province";
  $("#trends-form").by.value = by;
  const query = new URLSearchParams({ by });
  for (const key of ["agency", "region", "year"]) if (p.get(key)) query.set(key, p.get(key));
  const data = await api("/api/themes/regions?" + query.toString());
  const themes = data.themes.map((t) => t.id);
  $("#trends").innerHTML = data.regions.length === 0 ? "<p class='summary'>没有可按地区统计的报告。</p>"
    : `<div class="small-multiples">${data.regions.map((r) => `<figure class="trend" data-region="${esc(r.region)}">
        <figcaption>${esc(r.region)} <span class="summary">${r.reports} 份报告 · ${r.statements} 条语句</span></figcaption>
        ${r.byYear.length ? trendChart(r.byYear, themes) : "<p class='summary'>无年份信息</p>"}</figure>`).join("")}</div>
      <div class="legend">${themes.map((t, k) => `<span style="--c:${THEME_COLORS[k % THEME_COLORS.length]}">${esc(label("theme", t))}</span>`).join("")}</div>`;
}

/** A small stacked bar chart: one bar per year, one colour per theme. */
function trendChart(years, themes) {
  const width = 220, height = 110, bottom = 16;
  const totals = years.map((y) => themes.reduce((sum, t) => sum + (y.counts[t] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const band = width / years.length, bar = Math.min(28, band * 0.7);
  let svg = `<svg width="${width}" height="${height}" role="img" aria-label="各年份主题数量">`;
  years.forEach((y, i) => {
    let base = height - bottom;
    const x = i * band + (band - bar) / 2;
    themes.forEach((t, k) => {
      const h = ((y.counts[t] ?? 0) / max) * (height - bottom - 6);
      if (h <= 0) return;
      base -= h;
      svg += `<rect x="${x}" y="${base}" width="${bar}" height="${h}" fill="${THEME_COLORS[k % THEME_COLORS.length]}"><title>${y.year} ${esc(label("theme", t))}：${y.counts[t]}</title></rect>`;
    });
    svg += `<text x="${x + bar / 2}" y="${height - 3}" text-anchor="middle">${y.year}</text>`;
  });
  return svg + "</svg>";
}

$("#trends-form").addEventListener("change", (event) => {
  const n = params();
  n.set("view", "themes");
  n.set("by", event.target.form.by.value);
  navigate(n);
});

VIEWS.batch = renderBatch;
VIEWS.saved = renderSaved;
VIEWS.contacts = renderContacts;
