// SearchMining web page: plain JS, no build step. All state lives in the URL (?view=…&q=…), so links are shareable.
"use strict";

const LABELS = {
  dims: { agency: "机关", region: "地区", level: "层级", year: "年份", section: "部分", theme: "主题", kind: "类型", checks: "未通过检查" },
  section: { preamble: "前言", overview: "总体情况", proactive: "主动公开", applications: "依申请公开", reviewlitigation: "复议与诉讼", problems: "问题及改进", other: "其他事项" },
  level: { province: "省级", city: "市级", county: "县级", townshipstreet: "乡镇/街道", department: "部门", unknown: "未识别" },
  // kind and theme labels come from GET /api/vocabulary (the one definition, in Core's ThemeVocabulary): loadVocabulary()
  kind: {},
  theme: {},
};
const THEME_COLORS = ["#b3261e", "#0b57d0", "#188038", "#e37400", "#7b1fa2", "#00838f", "#5d4037", "#c2185b", "#455a64", "#9e9d24"];
const FACET_DIMS = ["agency", "region", "level", "year", "section", "theme", "kind", "checks"];
const SEARCH_PARAMS = ["q", ...FACET_DIMS, "sort", "cursor", "group", "expand"];

const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
// The name shown for a report whose agency the parser could not read (Report.UnknownAgencyLabel on the server).
const UNKNOWN_AGENCY = "（未识别机关）";
const label = (dim, value) => (LABELS[dim] && LABELS[dim][String(value).toLowerCase()]) || value;

function params() { return new URLSearchParams(location.search); }

function navigate(next, replace = false) {
  const clean = new URLSearchParams();
  for (const [k, v] of next) if (v !== "" && v != null) clean.set(k, v);
  const url = "?" + clean.toString();
  if (replace) history.replaceState(null, "", url); else history.pushState(null, "", url);
  render();
}

// ---------- errors: the API's stable errorKind → Chinese; its English detail stays available ----------
const ERROR_TEXT = {
  QuerySyntax: "检索式语法有误", UnknownField: "检索式中有未知的字段", InvalidValue: "参数值无效", PageSizeTooLarge: "每页条数过多",
  BadCursor: "翻页标记已失效，请重新检索", UnknownSection: "找不到该部分", UnknownReport: "找不到该报告", UnknownSavedSearch: "找不到该保存的检索",
  NoOriginal: "本服务未保存该报告的原始文件", NoSuchEndpoint: "没有这个接口", NotFound: "找不到请求的内容", InvalidParameter: "请求参数有误",
  ApiKeyRequired: "需要写入密钥（X-Api-Key）", WritesDisabled: "本服务未开放写入", TooLarge: "文件或请求过大", UrlTooLong: "链接过长",
  UnsupportedType: "不支持的文件类型", UnsupportedFormat: "不支持的文件格式", Unprocessable: "无法处理该文件", Empty: "文件为空",
  Unreadable: "文件无法读取", NotAReport: "该文件不像政府信息公开工作年度报告", MissingTool: "服务器缺少读取该格式所需的工具",
  EmptyBatch: "批量文件中没有检索式", TooManyQueries: "批量文件中的检索式过多，请拆分", NotText: "批量文件不是 UTF-8 文本",
  NoQueryColumn: "CSV 表头缺少检索式列（q）", NameTaken: "已有同名的保存检索", TooManySavedSearches: "保存的检索已达上限",
  Conflict: "与已保存的内容冲突", UnknownAgency: "找不到该机关", NoEarlierReport: "语料中没有该机关更早的报告", AgencyChangeRefused: "不能合并或拆分：", MethodNotAllowed: "不支持该请求方法", ServerError: "服务器内部错误", Unavailable: "服务暂不可用",
  IndexUnavailable: "索引暂不可用", IndexCorrupt: "索引已损坏", IndexUnwritable: "索引无法写入", OutOfDisk: "磁盘空间不足", IndexLocked: "索引正被其他进程写入",
};
const PARAM_TEXT = { a: "本年报告", b: "上一年报告", names: "名称", minYears: "年数", q: "检索式", name: "名称", year: "年份", theme: "主题", size: "条数", top: "每条检索的结果数", file: "文件", kind: "类型", by: "地区层级" };

class ApiError extends Error {
  constructor(status, body) {
    const kind = body?.errorKind ?? null;
    const params = Object.keys(body?.errors ?? {}).map((k) => PARAM_TEXT[k] ?? k);
    const where = body?.position != null ? `（第 ${body.position + 1} 个字符处）` : "";
    super(`${ERROR_TEXT[kind] ?? `请求失败（${status}）`}${where}${params.length ? "：" + params.join("、") : ""}`);
    this.status = status;
    this.kind = kind;
    this.detail = [body?.detail, ...Object.values(body?.errors ?? {}).flat()].filter(Boolean).join(" ");
  }
}

async function api(path, init) {
  const response = await fetch(path, { ...(init ?? {}), headers: { Accept: "application/json", ...(init?.headers ?? {}) } });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

function showError(error) {
  const box = $("#error");
  box.innerHTML = !error ? "" : esc(String(error.message ?? error)) +
    (error.detail ? ` <details class="detail"><summary>技术信息</summary><span lang="en">${esc(error.detail)}</span>${error.kind ? ` <code>${esc(error.kind)}</code>` : ""}</details>` : "");
  box.dataset.kind = error?.kind ?? "";
  box.hidden = !error;
}

// Query words are <mark>; related words (found in place of a query word) are <mark class="related"> labelled 相关词.
function highlight(snippet) {
  const text = snippet.text ?? "";
  const spans = [
    ...(snippet.highlights ?? []).map(([start, end]) => ({ start, end, related: false })),
    ...(snippet.relatedHighlights ?? []).map(([start, end]) => ({ start, end, related: true })),
  ].sort((a, b) => a.start - b.start);
  let html = "", at = 0;
  for (const { start, end, related } of spans) {
    if (start < at) continue;
    const open = related ? '<mark class="related" title="相关词">' : "<mark>";
    html += esc(text.slice(at, start)) + open + esc(text.slice(start, end)) + "</mark>";
    at = end;
  }
  return html + esc(text.slice(at));
}

// Which query words a hit holds, which only through related words (相关词), which not at all.
function renderTerms(hit) {
  const parts = [];
  if ((hit.matchedTerms ?? []).length > 0) parts.push("含：" + hit.matchedTerms.map(esc).join(" "));
  const related = (hit.related ?? []).map((r) => `${esc(r.term)} → ${r.via.map(esc).join("、")}`).join("；");
  if (related) parts.push(`<span class="related-label">相关词</span>${hit.viaRelated ? "仅通过相关词命中：" : ""}${related}`);
  if ((hit.missingTerms ?? []).length > 0) parts.push("未含：" + hit.missingTerms.map((t) => `<span class="missing">${esc(t)}</span>`).join(" "));
  return parts.length === 0 ? "" : `<div class="terms${hit.viaRelated ? " via-related" : ""}">${parts.join(" · ")}</div>`;
}

function showView(name) {
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== "view-" + name;
  for (const tab of document.querySelectorAll(".tabs a[data-view]")) tab.classList.toggle("active", tab.dataset.view === name);
}

// ---------- search ----------
async function renderSearch(p) {
  $("#q").value = p.get("q") ?? "";
  $("#sort").value = p.get("sort") ?? "";
  $("#group").checked = p.get("group") === "report";
  $("#expand").checked = p.get("expand") !== "false";
  const query = new URLSearchParams();
  for (const key of SEARCH_PARAMS) if (p.get(key)) query.set(key, p.get(key));
  query.set("size", "10");
  const result = await api("/api/search?" + query.toString());
  renderFacets(result.facets ?? {}, p);
  renderActiveFilters(p);
  const page = Number(p.get("page") ?? "1");
  $("#summary").textContent = result.total === 0
    ? "没有找到匹配的内容。"
    : `共 ${result.total} ${p.get("group") === "report" ? "份报告" : "条结果"}${page > 1 ? `，第 ${page} 页` : ""}`;
  const hits = (result.groups ?? []).length > 0
    ? result.groups.map((g) => ({ ...g.sections[0], score: g.score, matchedSections: g.sections.length }))
    : (result.hits ?? []);
  $("#hits").innerHTML = hits.map((hit) => renderHit(hit)).join("");
  $("#hits").dataset.rendered = query.toString();
  const next = $("#next-page");
  next.hidden = !result.nextCursor;
  next.onclick = () => { const n = params(); n.set("cursor", result.nextCursor); n.set("page", String(page + 1)); scrollToTopAfterRender = true; navigate(n); };
  const previous = $("#previous-page");
  previous.hidden = page <= 1;
  previous.onclick = () => { scrollToTopAfterRender = true; history.back(); };
  const first = $("#first-page");
  first.hidden = !p.get("cursor");
  first.onclick = () => { const n = params(); n.delete("cursor"); n.delete("page"); scrollToTopAfterRender = true; navigate(n); };
  if (typeof renderHitCharts === "function") renderHitCharts(p, result); // workflows.js
  if (scrollToTopAfterRender) { scrollToTopAfterRender = false; window.scrollTo(0, 0); }
}

/** Set by the pager: a new page starts at the top, not where the previous one was scrolled to. */
let scrollToTopAfterRender = false;

/** The report view opened at a hit: its section, the offset of its first match, the query to highlight (ReaderLinks in C# builds the same). */
function hitLink(hit, q) {
  const n = new URLSearchParams({ view: "report", id: hit.reportId });
  const ordinal = String(hit.sectionId ?? "").split("#")[1]?.split(".")[0];
  if (ordinal) n.set("section", ordinal);
  if (q) n.set("q", q);
  const snippet = (hit.snippets ?? [])[0];
  if (snippet) n.set("at", String(snippet.sectionOffset + ((snippet.highlights ?? [])[0]?.[0] ?? 0)));
  return "?" + n.toString();
}

function renderHit(hit, q = params().get("q")) {
  const snippets = (hit.snippets ?? []).map((s) => `<p class="snippet">${highlight(s)}</p>`).join("");
  const link = hitLink(hit, q);
  const themes = (hit.themes ?? []).map((t) => `<span class="tag">${esc(label("theme", t))}</span>`).join("");
  const number = hit.sectionTopic === "preamble" ? "" : (hit.sectionNumber ? hit.sectionNumber + "、" : "");
  return `<li class="hit${hit.viaRelated ? " via-related" : ""}">
    <a class="title" href="${link}" data-report="${esc(hit.reportId)}">${esc(hit.agency ?? UNKNOWN_AGENCY)} ${esc(hit.year ?? "")}年 · ${esc(number)}${esc(hit.title)}</a>
    <div class="meta">${esc(label("section", hit.sectionTopic))} · ${esc(hit.sourceFile)} · 得分 ${Number(hit.score ?? 0).toFixed(2)}${hit.matchedSections ? ` · 命中 ${hit.matchedSections} 个部分` : ""} ${themes}</div>
    ${renderTerms(hit)}
    ${snippets}
  </li>`;
}

function renderFacets(facets, p) {
  const html = FACET_DIMS.filter((dim) => (facets[dim] ?? []).length > 0).map((dim) => {
    const selected = p.get(dim);
    const items = facets[dim].slice(0, 12).map((f) => {
      const n = params(); n.delete("cursor"); n.delete("page");
      if (selected === f.value) n.delete(dim); else n.set(dim, f.value);
      return `<li><a href="?${esc(n.toString())}" class="${selected === f.value ? "selected" : ""}" data-facet="${dim}" data-value="${esc(f.value)}" title="${esc(f.value)}">${esc(label(dim, f.value))}</a><span class="count">${f.count}</span></li>`;
    }).join("");
    return `<h3>${LABELS.dims[dim]}</h3><ul>${items}</ul>`;
  }).join("");
  $("#facets").innerHTML = html || "<p class='summary'>暂无可筛选项</p>";
}

function renderActiveFilters(p) {
  $("#active-filters").innerHTML = FACET_DIMS.filter((d) => p.get(d)).map((dim) => {
    const n = params(); n.delete(dim); n.delete("cursor"); n.delete("page");
    return `<span class="chip">${LABELS.dims[dim]}：${esc(label(dim, p.get(dim)))}<a href="?${esc(n.toString())}" aria-label="取消">×</a></span>`;
  }).join("");
}

// ---------- report ----------
async function renderReport(p) {
  const id = p.get("id");
  const q = p.get("q") ?? "";
  const [report, matches] = await Promise.all([
    api("/api/reports/" + encodeURIComponent(id)),
    q ? api(`/api/reports/${encodeURIComponent(id)}/matches?q=${encodeURIComponent(q)}`).catch((error) => { showError(error); return null; }) : null,
  ]);
  const region = regionText(report.region);
  // The preamble (text before section 一) is section 0: shown first.
  const sections = report.preamble ? [report.preamble, ...(report.sections ?? [])] : (report.sections ?? []);
  const heading = (s) => String(s.topic).toLowerCase() === "preamble" ? s.title : (s.number ? s.number + "、" : "") + s.title;
  const spans = new Map((matches?.sections ?? []).map((m) => [m.ordinal, m.spans]));
  const toc = sections.map((s) => `<a href="#sec-${s.ordinal}">${esc(heading(s))}${spans.has(s.ordinal) ? `<span class="count">（${spans.get(s.ordinal).length}）</span>` : ""}</a>`).join("");
  const warnings = (report.warnings ?? []).length === 0 ? "" :
    `<div class="warnings"><strong>解析提示与勾稽校验（${report.warnings.length}）</strong><ul>${report.warnings.map((w) => `<li><code>${esc(w.code)}</code> ${esc(w.message)}</li>`).join("")}</ul></div>`;
  const body = sections.map((s) => renderSection(report, s, spans.get(s.ordinal) ?? [])).join("");
  $("#report").innerHTML = `
    <div class="report-head">
      <h1>${esc(report.agency ?? UNKNOWN_AGENCY)} ${esc(report.year ?? "")}年度政府信息公开工作年度报告</h1>
      <div class="meta">${esc(region || "地区未识别")} · ${esc(label("level", report.level))} · 模板 ${esc(report.template)} · 发布日期 ${esc(report.publishDate ?? "未注明")} · 来源文件 ${esc(report.sourceFile)}</div>
      <div id="citation" class="citation"></div>
      <nav class="years-links"><a href="?view=agency&report=${encodeURIComponent(report.id)}">本机关历年</a> · <a href="?view=compare&a=${encodeURIComponent(report.id)}">与上一年报告对比</a></nav>
      <nav class="toc">${toc}</nav>
    </div>
    ${q ? `<div id="match-nav" class="match-nav" role="navigation" aria-label="匹配导航"></div>` : ""}
    ${warnings}
    ${body}
    ${renderContact(report.contact)}`;
  renderCitation(report, p.get("section"));
  await renderReportChecks(report);
  if (q) openAtMatch(p, matches);
  else if (p.get("section")) document.getElementById("sec-" + p.get("section"))?.scrollIntoView();
}

function regionText(region) {
  return [region?.province, region?.city, region?.county].filter(Boolean).join(" / ");
}

function renderSection(report, s, spans = []) {
  const topic = String(s.topic).toLowerCase();
  let extra = "";
  if (topic === "proactive") extra = renderProactive(report.tables?.proactive);
  if (topic === "applications") extra = renderApplications(report.tables?.applications);
  if (topic === "reviewlitigation") extra = renderReview(report.tables?.reviewLitigation);
  if (topic === "problems") extra = renderStatements(report.statements ?? []);
  const preamble = topic === "preamble";
  const open = spans.length > 0 || topic === "problems" || topic === "overview" || preamble;
  return `<section id="sec-${s.ordinal}" class="report-section" data-topic="${esc(topic)}" data-ordinal="${s.ordinal}">
    <h2>${esc(preamble ? s.title + "（标题、依据、联系方式等）" : (s.number ? s.number + "、" : "") + s.title)}</h2>
    ${extra}
    ${preamble ? "" : `<p><button type="button" class="link similar-toggle" data-section-id="${esc(report.id + "#" + s.ordinal)}">其他机关的类似表述</button>
       <button type="button" class="link cite-section" data-section="${s.ordinal}">引用此部分</button></p>
    <ol class="hits similar" hidden></ol>`}
    <details ${open ? "open" : ""}><summary>原文${spans.length ? `（${spans.length} 处匹配）` : ""}</summary><div class="section-text">${markSpans(s.text, spans, s.ordinal)}</div></details>
  </section>`;
}

/** Section text with every match marked; each mark knows its section and offset (for navigation and shareable links). */
function markSpans(text, spans, ordinal) {
  let html = "", at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    html += esc(text.slice(at, start)) + `<mark class="match" data-section="${ordinal}" data-at="${start}">${esc(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + esc(text.slice(at));
}

/** Scrolls to the match the link names (section + at), or the section's first match, and sets up previous/next navigation. */
function openAtMatch(p, matches) {
  const marks = [...document.querySelectorAll("#report mark.match")];
  const nav = $("#match-nav");
  if (marks.length === 0) {
    nav.innerHTML = `<span class="summary">“${esc(p.get("q"))}”在本报告正文中没有匹配。</span>`;
    if (p.get("section")) document.getElementById("sec-" + p.get("section"))?.scrollIntoView();
    return;
  }
  const section = p.get("section"), at = Number(p.get("at") ?? NaN);
  let index = marks.findIndex((m) => m.dataset.section === section && Number(m.dataset.at) >= (Number.isNaN(at) ? 0 : at));
  if (index < 0) index = marks.findIndex((m) => m.dataset.section === section);
  if (index < 0) index = 0;
  nav.innerHTML = `<span>“${esc(p.get("q"))}”共 ${marks.length} 处匹配 · 第 <strong id="match-index"></strong> 处</span>
    <button type="button" id="match-previous" title="上一处（快捷键 p）">‹ 上一处</button>
    <button type="button" id="match-next" title="下一处（快捷键 n）">下一处 ›</button>
    <button type="button" id="match-link" class="link">复制此处链接</button>`;
  const go = (i, updateUrl = true) => {
    index = (i + marks.length) % marks.length;
    marks.forEach((m) => m.classList.remove("current"));
    const mark = marks[index];
    mark.classList.add("current");
    mark.closest("details")?.setAttribute("open", "");
    mark.scrollIntoView({ block: "center" });
    $("#match-index").textContent = String(index + 1);
    if (updateUrl) {
      const n = params(); n.set("section", mark.dataset.section); n.set("at", mark.dataset.at);
      history.replaceState(null, "", "?" + n.toString());
    }
  };
  $("#match-previous").onclick = () => go(index - 1);
  $("#match-next").onclick = () => go(index + 1);
  $("#match-link").onclick = async () => {
    const url = location.href;
    try { await navigator.clipboard.writeText(url); $("#match-link").textContent = "链接已复制"; } catch { window.prompt("此处链接：", url); }
  };
  document.onkeydown = (event) => {
    if (params().get("view") !== "report" || event.target.closest("input, textarea, select")) return;
    if (event.key === "n") go(index + 1);
    if (event.key === "p") go(index - 1);
  };
  go(index, false);
}

/** The citation line of the report, or of section n, with the source link and the original file download. */
async function renderCitation(report, section) {
  const box = $("#citation");
  try {
    const data = await api(`/api/reports/${encodeURIComponent(report.id)}/citation${section ? "?section=" + encodeURIComponent(section) : ""}`);
    const source = data.source.url ? `<a href="${esc(data.source.url)}" target="_blank" rel="noopener">${esc(data.source.url)}</a>` : "来源网址未注明";
    box.innerHTML = `<div class="cite-line"><strong>引用${data.citation.section ? "（" + esc(data.citation.section) + "）" : ""}：</strong><span id="citation-text">${esc(data.citation.text)}</span>
      <button type="button" class="link" id="copy-citation">复制</button></div>
      <div class="meta">来源：${source} · 获取日期：${esc(data.citation.retrieved ?? "未注明")}
      ${data.originalUrl ? ` · <a href="${esc(data.originalUrl)}" download id="original-download">下载原始文件</a>` : " · 未保存原始文件"}</div>`;
    $("#copy-citation").onclick = async () => {
      try { await navigator.clipboard.writeText(data.citation.text); $("#copy-citation").textContent = "已复制"; } catch { window.prompt("引用：", data.citation.text); }
    };
  } catch (error) {
    box.textContent = "";
  }
}

function tableStatus(table) {
  if (!table || table.status === "Absent" || table.status === "absent") return "<p class='summary'>（无此表格）</p>";
  if (table.status === "Unreadable" || table.status === "unreadable") return "<p class='summary'>（表格无法可靠识别，未作猜测）</p>";
  return null;
}

function cell(c) { return c ? esc(c.raw) : ""; }
/** Where a table cell is, for the checks panel to mark the cells a rule names (table id, row, column as the API gives them). */
function cellRef(table, row, column) { return `data-table="${esc(table)}" data-row="${esc(row)}" data-col="${esc(column)}"`; }

function renderProactive(table) {
  const status = tableStatus(table); if (status) return status;
  const columns = [...new Set(table.rows.flatMap((r) => Object.keys(r.cells ?? {})))];
  return `<h3>第二十条主动公开情况</h3><table class="grid"><thead><tr><th>信息内容</th>${columns.map((c) => `<th>${esc(c)}</th>`).join("")}</tr></thead><tbody>
    ${table.rows.map((r) => `<tr><td>${esc(r.category)}</td>${columns.map((c) => `<td ${cellRef("proactive", r.category, c)}>${cell(r.cells?.[c])}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}

const APPLICANT_COLUMNS = [["NaturalPerson", "自然人"], ["CommercialEnterprise", "商业企业"], ["ResearchInstitution", "科研机构"], ["PublicInterestOrg", "社会公益组织"], ["LegalServiceOrg", "法律服务机构"], ["Other", "其他"], ["Total", "总计"]];

/** Group rows of table 三 that carry no numbers of their own, before the first row of their group (row codes: Core's ApplicationRowCatalog). */
const APPLICATION_GROUPS = [
  [/^result\.1$/, "三、本年度办理结果"],
  [/^result\.3\./, "（三）不予公开"], [/^result\.4\./, "（四）无法提供"], [/^result\.5\./, "（五）不予处理"], [/^result\.6\./, "（六）其他处理"],
];

function renderApplications(table) {
  const status = tableStatus(table); if (status) return status;
  // a table with the eighth column 法人或其他组织 小计 shows it before 总计
  const columns = table.rows.some((r) => r.cells?.LegalPersonSubtotal) ? [...APPLICANT_COLUMNS.slice(0, 6), ["LegalPersonSubtotal", "小计"], APPLICANT_COLUMNS[6]] : APPLICANT_COLUMNS;
  const shown = new Set();
  const rows = table.rows.map((r) => {
    let head = "", rowLabel = String(r.label ?? "");
    for (const [pattern, title] of APPLICATION_GROUPS) {
      if (!pattern.test(r.code ?? "") || shown.has(title)) continue;
      shown.add(title);
      head += `<tr class="group"><th colspan="${columns.length + 1}">${esc(title)}</th></tr>`;
      const marker = title.slice(0, 3);
      if (rowLabel.startsWith(marker)) rowLabel = rowLabel.slice(title.length).trim() || rowLabel;
    }
    const indent = /^result\.\d\.\d/.test(r.code ?? "") ? ' class="sub"' : "";
    return head + `<tr><td${indent}>${esc(rowLabel)}</td>${columns.map(([k]) => `<td ${cellRef("applications", r.code, k)}>${cell(r.cells?.[k])}</td>`).join("")}</tr>`;
  }).join("");
  return `<h3>收到和处理政府信息公开申请情况</h3><table class="grid applications"><thead><tr><th>项目</th>${columns.map(([, l]) => `<th>${l}</th>`).join("")}</tr></thead><tbody>${rows}</tbody></table>`;
}

function renderReview(table) {
  const status = tableStatus(table); if (status) return status;
  const rows = [["行政复议", table.review, "review"], ["未经复议直接起诉", table.litigationDirect, "litigation-direct"], ["复议后起诉", table.litigationAfterReview, "litigation-after-review"]];
  const v = (x) => (x == null ? "" : esc(x));
  const td = (group, col, x) => `<td ${cellRef("review-litigation", group, col)}>${v(x)}</td>`;
  return `<h3>行政复议、行政诉讼情况</h3><table class="grid"><thead><tr><th>类别</th><th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th></tr></thead><tbody>
    ${rows.map(([name, o, g]) => `<tr><td>${name}</td>${td(g, "upheld", o?.upheld)}${td(g, "corrected", o?.corrected)}${td(g, "other", o?.otherResult)}${td(g, "pending", o?.pending)}${td(g, "total", o?.total)}</tr>`).join("")}</tbody></table>`;
}

function renderStatements(statements) {
  if (statements.length === 0) return "";
  return `<h3>语句标注（${statements.length}）</h3><ol class="statements">${statements.map((s) => {
    const kind = String(s.kind).toLowerCase();
    const themes = (s.themes ?? []).map((t) => `<span class="tag">${esc(label("theme", t))}</span>`).join("");
    return `<li><span class="tag ${esc(kind)}">${esc(label("kind", kind))}</span>${themes} ${esc(s.text)}</li>`;
  }).join("")}</ol>`;
}

function renderContact(c) {
  if (!c) return "";
  const rows = [["机构", c.office], ["地址", c.address], ["邮编", c.postcode], ["电话", (c.phones ?? []).join("，")], ["传真", c.fax], ["邮箱", (c.emails ?? []).join("，")], ["网址", c.website]]
    .filter(([, v]) => v);
  if (rows.length === 0) return "";
  return `<h2>联系方式</h2><dl class="contact">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`;
}

// ---------- themes ----------
async function renderThemes(p) {
  const form = $("#themes-form");
  form.agency.value = p.get("agency") ?? "";
  form.region.value = p.get("region") ?? "";
  const query = new URLSearchParams();
  for (const key of ["agency", "region", "year"]) if (p.get(key)) query.set(key, p.get(key));
  const data = await api("/api/themes?" + query.toString());
  const themes = data.themes.map((t) => t.id);
  const years = data.byYear;
  const intro = `<p class="summary">共 ${data.reports} 份报告、${data.statements} 条语句，其中 ${data.classified} 条已标注主题。</p>`;
  $("#themes-chart").innerHTML = intro + (data.classified === 0
    ? "<p class='summary'>没有已分类的语句（主题模型未加载）。</p>"
    : barChart(years, themes));
  const byAgency = data.byAgency ?? [];
  $("#themes-table").innerHTML = `<h2>各机关主题数量</h2><table class="grid"><thead><tr><th>机关</th>${themes.map((t) => `<th>${esc(label("theme", t))}</th>`).join("")}</tr></thead><tbody>
    ${byAgency.map((a) => `<tr><td>${esc(a.agency)}</td>${themes.map((t) => `<td>${a.counts[t] ?? 0}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
  if (typeof renderThemeTrends === "function") await renderThemeTrends(p); // workflows.js
}

function barChart(years, themes) {
  const width = Math.max(640, years.length * 90 + 80), height = 300, left = 40, bottom = 30, top = 10;
  const highest = Math.max(1, ...years.map((y) => themes.reduce((sum, t) => sum + (y.counts[t] ?? 0), 0)));
  const step = Math.ceil(highest / 4), max = step * 4;
  const band = (width - left - 10) / years.length, bar = Math.min(48, band * 0.6);
  const scale = (v) => (v / max) * (height - bottom - top);
  let svg = `<svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`;
  for (let i = 0; i <= 4; i++) {
    const v = step * i, y = height - bottom - scale(v);
    svg += `<line x1="${left}" x2="${width}" y1="${y}" y2="${y}" stroke="#eee"/><text x="${left - 6}" y="${y + 4}" text-anchor="end">${v}</text>`;
  }
  years.forEach((y, i) => {
    let base = height - bottom;
    const x = left + i * band + (band - bar) / 2;
    themes.forEach((t, k) => {
      const h = scale(y.counts[t] ?? 0);
      if (h <= 0) return;
      base -= h;
      svg += `<rect x="${x}" y="${base}" width="${bar}" height="${h}" fill="${THEME_COLORS[k % THEME_COLORS.length]}"><title>${y.year} ${esc(label("theme", t))}：${y.counts[t]}</title></rect>`;
    });
    svg += `<text x="${x + bar / 2}" y="${height - bottom + 18}" text-anchor="middle">${y.year}</text>`;
  });
  svg += "</svg>";
  const legend = themes.map((t, k) => `<span style="--c:${THEME_COLORS[k % THEME_COLORS.length]}">${esc(label("theme", t))}</span>`).join("");
  return svg + `<div class="legend">${legend}</div>`;
}

// ---------- commitments ----------
async function renderCommitments(p) {
  const form = $("#commitments-form");
  if (form.theme.options.length === 1) {
    for (const [id, text] of Object.entries(LABELS.theme)) form.theme.add(new Option(text, id));
  }
  for (const key of ["q", "agency", "year", "theme"]) form[key].value = p.get(key) ?? "";
  const query = new URLSearchParams();
  for (const key of ["q", "agency", "year", "theme"]) if (p.get(key)) query.set(key, p.get(key));
  query.set("size", "100");
  const data = await api("/api/commitments?" + query.toString());
  $("#commitments-summary").textContent = `共 ${data.total} 条改进承诺`;
  $("#commitments").innerHTML = data.items.map((c) => `<li>
      <div>${esc(c.text)}</div>
      <div class="cite">—— <a href="?view=report&id=${encodeURIComponent(c.reportId)}">${esc(c.agency ?? UNKNOWN_AGENCY)} ${esc(c.year ?? "")}年度报告</a>
      ${(c.themes ?? []).map((t) => `<span class="tag">${esc(label("theme", t))}</span>`).join("")}</div></li>`).join("");
}

// ---------- reports ----------
async function renderReports() {
  const data = await api("/api/reports?size=100");
  $("#reports-table").innerHTML = `<thead><tr><th>机关</th><th>年份</th><th>地区</th><th>层级</th><th>发布日期</th><th>部分数</th><th>来源文件</th></tr></thead><tbody>
    ${data.items.map((r) => `<tr><td><a href="?view=report&id=${encodeURIComponent(r.id)}">${esc(r.agency ?? UNKNOWN_AGENCY)}</a></td><td>${esc(r.year ?? "")}</td><td>${esc(regionText(r.region) || "未识别")}</td><td>${esc(label("level", r.level))}</td><td>${esc(r.publishDate ?? "未注明")}</td><td>${r.sections}</td><td>${esc(r.sourceFile)}</td></tr>`).join("")}</tbody>`;
}

// ---------- shell ----------
let vocabulary = null;
async function loadVocabulary() {
  if (vocabulary) return vocabulary;
  vocabulary = api("/api/vocabulary").then((v) => {
    for (const t of v.themes) LABELS.theme[t.id] = t.label;
    for (const k of v.kinds) LABELS.kind[k.id] = k.label;
    return v;
  }).catch((error) => { vocabulary = null; throw error; });
  return vocabulary;
}

/** View name → render function. Other files add their views here (workflows.js: batch, saved, contacts) before the first render. */
const VIEWS = {
  checks: (p) => renderChecks(p),
  search: renderSearch,
  report: renderReport,
  themes: renderThemes,
  commitments: renderCommitments,
  reports: renderReports,
};

async function render() {
  const p = params();
  let view = p.get("view") ?? (p.get("id") ? "report" : "search");
  if (!VIEWS[view]) view = "search";
  showView(view);
  showError(null);
  try {
    await loadVocabulary();
    await VIEWS[view](p);
  } catch (error) {
    showError(error);
  }
}

async function renderFooter() {
  try {
    const stats = await api("/api/stats");
    const model = stats.model?.loaded ? `主题模型 ${esc(stats.model.version ?? "")}` : "主题模型未加载";
    $("#foot").innerHTML = `已收录 ${stats.reports} 份报告、${stats.sections} 个部分 · 索引 ${(stats.indexSizeBytes / 1048576).toFixed(1)} MB · ${model}`;
  } catch { /* footer is informative only */ }
}

$("#search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const n = new URLSearchParams();
  const current = params();
  for (const dim of FACET_DIMS) if (current.get(dim)) n.set(dim, current.get(dim));
  n.set("q", $("#q").value.trim());
  if ($("#sort").value) n.set("sort", $("#sort").value);
  if ($("#group").checked) n.set("group", "report");
  if (!$("#expand").checked) n.set("expand", "false");
  navigate(n);
});
for (const id of ["themes-form", "commitments-form"]) {
  document.getElementById(id).addEventListener("submit", (event) => {
    event.preventDefault();
    const n = new URLSearchParams();
    n.set("view", id.replace("-form", ""));
    for (const [k, v] of new FormData(event.target)) if (String(v).trim()) n.set(k, String(v).trim());
    navigate(n);
  });
}
document.addEventListener("click", (event) => {
  const a = event.target.closest("a[href^='?']");
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey || a.target) return;
  event.preventDefault();
  navigate(new URLSearchParams(a.getAttribute("href").slice(1)));
});
document.addEventListener("click", (event) => {
  const button = event.target.closest(".cite-section");
  if (!button) return;
  renderCitation({ id: params().get("id") }, button.dataset.section);
  $("#citation").scrollIntoView({ block: "center" });
});
document.addEventListener("click", async (event) => {
  const button = event.target.closest(".similar-toggle");
  if (!button) return;
  const list = button.parentElement.nextElementSibling;
  if (!list.hidden) { list.hidden = true; return; }
  try {
    const result = await api(`/api/sections/${encodeURIComponent(button.dataset.sectionId)}/similar?size=5&otherAgencies=true`);
    list.innerHTML = result.hits.length === 0 ? "<li class='summary'>没有找到类似的段落。</li>" : result.hits.map((hit) => renderHit(hit, "")).join("");
    list.hidden = false;
  } catch (error) {
    showError(error);
  }
});
$("#back-link").addEventListener("click", (event) => { event.preventDefault(); history.back(); });
window.addEventListener("popstate", render);
// After every script of the page has run (workflows.js registers its views), render the view the URL names.
window.addEventListener("DOMContentLoaded", () => { render(); renderFooter(); });
