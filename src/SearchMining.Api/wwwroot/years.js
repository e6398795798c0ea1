// Across the years: the agencies list with recurring themes, one agency's timeline (reuse, promises and their
// follow-up), and the side-by-side comparison of two reports. Loaded after app.js; uses its helpers ($, esc, api, label)
// and registers its three views in app.js's VIEWS.
"use strict";
const FOLLOW_UP = {
  FollowedUp: ["已整改跟进", "followed"],
  Repeated: ["问题再次出现", "repeated"],
  NoTrace: ["下一年无下文", "notrace"],
};
const CHANGE = { Unchanged: "相同", Changed: "改写", Added: "新增", Removed: "删去" };
const TOPIC_NAMES = { Overview: "总体情况", Proactive: "主动公开", Applications: "依申请公开", ReviewLitigation: "复议与诉讼", Problems: "问题及改进", Other: "其他事项" };
const RULE_NAMES = {
  "note-removed": "去掉括注", "title-words": "去掉标题用语", "government-short": "区政府＝区人民政府", committee: "管委会（办公室）＝管委会",
  "bare-place": "地名即其政府", township: "街道/镇的写法", "region-from-text": "文中补全地名", "same-name": "规范后同名",
  "region-prefix": "省略上级地名", abbreviation: "简称", "person-merge": "人工合并", "person-split": "人工拆分",
  refused: "拒绝合并", ambiguous: "多个候选，未合并",
};

const pct = (x) => (x == null ? "—" : (x * 100).toFixed(1) + "%");
const themeTags = (themes) => (themes ?? []).map((t) => `<span class="tag">${esc(label("theme", t))}</span>`).join("");
const reuseBar = (x) => x == null ? "" : `<span class="reuse-bar" title="${pct(x)}"><span style="width:${Math.round(x * 100)}%"></span></span>`;

VIEWS.agencies = renderAgencies;
VIEWS.agency = renderAgency;
VIEWS.compare = renderCompare;

// ---------- agencies ----------
async function renderAgencies(p) {
  const form = $("#agencies-form");
  for (const key of ["q", "minYears"]) form[key].value = p.get(key) ?? "";
  const query = new URLSearchParams({ size: "100" });
  for (const key of ["q", "minYears"]) if (p.get(key)) query.set(key, p.get(key));
  const [list, recurring] = await Promise.all([api("/api/agencies?" + query), api("/api/themes/recurring")]);
  $("#agencies-summary").textContent = `共 ${list.total} 个机关（不同写法已归并）`;
  $("#agencies-table").innerHTML = `<thead><tr><th>机关</th><th>层级</th><th>年份</th><th>写法</th><th>归并依据</th><th>反复出现的问题</th></tr></thead><tbody>
    ${list.items.map((a) => `<tr>
      <td><a href="?view=agency&key=${encodeURIComponent(a.key)}">${esc(a.name)}</a><div class="key">${esc(a.key)}</div></td>
      <td>${esc(label("level", a.level))}</td><td>${esc(a.years.join("、"))}</td>
      <td>${esc(a.names.join("；"))}</td><td>${a.rules.map((r) => `<span class="tag">${esc(RULE_NAMES[r] ?? r)}</span>`).join("")}</td>
      <td>${themeTags(a.recurringThemes)}</td></tr>`).join("")}</tbody>`;
  const years = recurring.years.map((y) => y.year);
  $("#recurring-table").innerHTML = `<thead><tr><th>主题</th><th>机关数</th>${years.map((y) => `<th>${y}</th>`).join("")}<th>趋势</th></tr></thead><tbody>
    ${recurring.themes.map((t) => `<tr><td>${esc(label("theme", t.theme))}</td><td>${t.agencies}</td>
      ${t.perYear.map((c) => `<td title="${c.agencies}/${c.reporting} 个报告问题的机关">${c.agencies ? c.agencies + "/" + c.reporting : ""}</td>`).join("")}
      <td>${{ Rising: "↑ 上升", Falling: "↓ 下降", Flat: "→ 持平" }[t.direction] ?? "年份不足"}</td></tr>`).join("")}</tbody>`;
}

// ---------- one agency ----------
async function renderAgency(p) {
  let key = p.get("key");
  if (!key && p.get("report")) {
    const found = await api("/api/agencies?reportId=" + encodeURIComponent(p.get("report")));
    if (found.items.length === 0) throw new Error("这份报告没有识别出机关，无法生成历年视图。");
    key = found.items[0].key;
  }
  const t = await api("/api/agencies/" + encodeURIComponent(key));
  const a = t.agency;
  const names = a.names.map((n) => `<li>${esc(n.written)} <span class="key">→ ${esc(n.nodeKey)}</span>
      ${(n.steps ?? []).map((s) => `<span class="tag">${esc(RULE_NAMES[s.rule] ?? s.rule)}：${esc(s.before)} → ${esc(s.after)}</span>`).join("")}</li>`).join("");
  const evidence = (a.evidence ?? []).map((e) => `<li><span class="tag">${esc(RULE_NAMES[e.rule] ?? e.rule)}</span> ${esc(e.detail)}</li>`).join("");
  const rows = t.years.map((y) => `<tr>
      <td><a href="?view=report&id=${encodeURIComponent(y.reportId)}">${y.year}</a></td><td>${esc(y.template)}</td>
      <td>${themeTags(y.problemThemes)}</td><td>${y.problems} / ${y.rectifications} / ${y.measures}</td>
      <td>${y.previousYear ? `${reuseBar(y.reuseRate)} ${pct(y.reuseRate)} <a href="?view=compare&a=${encodeURIComponent(y.reportId)}&b=${encodeURIComponent(y.previousReportId)}">对比${y.previousYear}</a>` : "首份报告"}</td>
      <td>${y.previousYear ? pct(y.problemsReuseRate) : ""}</td></tr>`).join("");
  const promises = t.years.filter((y) => y.commitments.length > 0).map((y) => `<h3>${y.year}年的改进承诺</h3><ol class="promises">${y.commitments.map(renderPromise).join("")}</ol>`).join("");
  const recurring = t.recurring.length === 0 ? "<p class='summary'>没有在两年以上出现的问题主题。</p>" :
    `<ul>${t.recurring.map((r) => `<li>${themeTags([r.theme])} ${esc(r.years.join("、"))}年
      <ul class="statements">${r.statements.map((s) => `<li>${s.year}：${esc(s.text)}</li>`).join("")}</ul></li>`).join("")}</ul>`;
  $("#agency").innerHTML = `
    <h1>${esc(a.name)}</h1>
    <div class="meta">${esc(a.key)} · ${esc(label("level", a.level))} · ${esc(a.years.join("、"))}年共 ${a.reports.length} 份报告</div>
    <h2>名称与归并依据</h2><ul class="names">${names}</ul>${evidence ? `<ul class="evidence">${evidence}</ul>` : ""}
    <h2>历年概况</h2>
    <table class="grid timeline"><thead><tr><th>年份</th><th>模板</th><th>问题主题</th><th>问题/整改/措施</th><th>与上一份报告的重复率</th><th>第五部分重复率</th></tr></thead><tbody>${rows}</tbody></table>
    <h2>承诺与下一年的回应</h2>${promises || "<p class='summary'>没有识别出改进承诺。</p>"}
    <h2>反复出现的问题</h2>${recurring}`;
}

function renderPromise(c) {
  if (c.class == null) return `<li><div>${esc(c.commitment)}</div><div class="follow pending">尚无下一年报告</div></li>`;
  const [text, css] = FOLLOW_UP[c.class] ?? [c.class, ""];
  const side = (c.candidates ?? []).map((l) => `<div class="linked ${l === c.link || (c.link && l.text === c.link.text) ? "decisive" : ""}">
      <span class="tag ${esc(String(l.kind).toLowerCase())}">${esc(label("kind", l.kind))}</span> ${esc(l.text)}
      <span class="score">得分 ${l.score.toFixed(2)}${l.sharedThemes.length ? " · 共同主题 " + l.sharedThemes.map((s) => esc(label("theme", s))).join("、") : ""}</span></div>`).join("");
  return `<li class="promise"><div class="pair"><div class="left">${esc(c.commitment)} ${themeTags(c.themes)}</div>
    <div class="right"><div class="follow ${css}">${c.nextYear}年：${esc(text)}</div>${side}</div></div></li>`;
}

// ---------- side-by-side comparison ----------
async function renderCompare(p) {
  const query = new URLSearchParams({ a: p.get("a") ?? "" });
  if (p.get("b")) query.set("b", p.get("b"));
  const c = await api("/api/compare?" + query);
  const side = (r) => `<a href="?view=report&id=${encodeURIComponent(r.id)}">${esc(r.agency ?? UNKNOWN_AGENCY)} ${esc(r.year ?? "")}年</a> <span class="key">${esc(r.template)}</span>`;
  const sections = c.sections.map((s) => `<section class="compare-section">
      <h2>${esc(TOPIC_NAMES[s.topic] ?? s.topic)} <span class="key">${esc(s.previous.map((h) => h.number + "、" + h.title).join(" + ") || "上年无此部分")} → ${esc(s.current.map((h) => h.number + "、" + h.title).join(" + ") || "今年无此部分")}</span>
        <span class="reuse">${reuseBar(s.reuseRate)} 重复率 ${pct(s.reuseRate)}</span></h2>
      <table class="side-by-side"><thead><tr><th>${c.previous.year ?? ""}年</th><th>${c.current.year ?? ""}年</th></tr></thead><tbody>
      ${s.sentences.map((r) => `<tr class="${esc(String(r.kind).toLowerCase())}" title="${esc(CHANGE[r.kind] ?? r.kind)}">
        <td>${r.kind === "Changed" && r.diff.length ? diffText(r.diff, "Deleted") : esc(r.previous ?? "")}</td>
        <td>${r.kind === "Changed" && r.diff.length ? diffText(r.diff, "Inserted") : esc(r.current ?? "")}</td></tr>`).join("")}
      </tbody></table></section>`).join("");
  const cells = c.tables.flatMap((t) => t.cells.filter((x) => x.kind !== "Same")).map((x) =>
    `<tr><td>${esc(x.table)}</td><td>${esc(x.row)}</td><td>${esc(x.column)}</td><td>${esc(x.previous ?? "—")}</td><td>${esc(x.current ?? "—")}</td><td>${x.delta == null ? "" : (x.delta > 0 ? "+" : "") + x.delta}</td></tr>`).join("");
  $("#compare").innerHTML = `
    <h1>年度报告对比</h1>
    <div class="compare-head"><div>上一年：${side(c.previous)}</div><div>本年：${side(c.current)}</div></div>
    <p class="reuse-total">本年文字在上一年报告中重复出现的比例：<strong>${pct(c.reuseRate)}</strong> ${reuseBar(c.reuseRate)}
      <span class="summary">（${c.reusedChars} / ${c.countedChars} 字；已剔除各机关通用的模板用语）</span></p>
    <p class="legend-row"><span class="row-unchanged">相同</span><span class="row-changed">改写</span><span class="row-added">新增</span><span class="row-removed">删去</span></p>
    ${sections}
    <h2>表格逐格对比（${c.tables.map((t) => `${t.table} ${t.changed}/${t.cells.length}`).join("，")}）</h2>
    <table class="grid"><thead><tr><th>表</th><th>行</th><th>列</th><th>上一年</th><th>本年</th><th>变化</th></tr></thead><tbody>${cells}</tbody></table>`;
}

function diffText(diff, kind) {
  return diff.filter((d) => d.kind === "Same" || d.kind === kind)
    .map((d) => d.kind === "Same" ? esc(d.text) : kind === "Inserted" ? `<ins>${esc(d.text)}</ins>` : `<del>${esc(d.text)}</del>`).join("");
}

document.getElementById("agencies-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const n = new URLSearchParams({ view: "agencies" });
  for (const [k, v] of new FormData(event.target)) if (String(v).trim()) n.set(k, String(v).trim());
  navigate(n);
});
