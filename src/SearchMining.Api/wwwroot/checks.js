// Quality checks on the page: the panel of a report (with the offending table cells marked) and the corpus-wide view.
// Loaded before app.js; uses its helpers ($, esc, api, navigate, params) at call time.
"use strict";

const CHECK_STATUS = {
  Pass: ["通过", "pass"], Fail: ["未通过", "fail"], Uncertain: ["存疑", "uncertain"], NotAssessable: ["无法判断", "na"],
};
const CHECK_CATEGORY = { Table: "表格勾稽", Text: "正文与表格", Years: "跨年度", Form: "格式", Deadline: "时限", Substance: "实质内容" };
const checkBadge = (status) => `<span class="check-status ${CHECK_STATUS[status]?.[1] ?? ""}">${CHECK_STATUS[status]?.[0] ?? esc(status)}</span>`;

function evidenceItem(item) {
  const where = item.label ? `<span class="evidence-label">${esc(item.label)}</span>` : "";
  const text = item.kind === "Cell" ? `<code>${item.text === "" ? "（空白）" : esc(item.text)}</code>` : `「${esc(item.text)}」`;
  const from = item.reportId ? ` <a href="?view=report&id=${encodeURIComponent(item.reportId)}">（${esc(item.year ?? "")}年报告）</a>` : "";
  return `<li>${where} ${text}${from}</li>`;
}

/** The checks panel of a report, inserted under its head; cells named by failing or uncertain results are marked in the tables. */
async function renderReportChecks(report) {
  const head = document.querySelector("#report .report-head");
  if (!head) return;
  let checks;
  try {
    checks = await api("/api/reports/" + encodeURIComponent(report.id) + "/checks");
  } catch (error) {
    head.insertAdjacentHTML("afterend", `<div class="checks summary">质量检查不可用：${esc(error.message)}</div>`);
    return;
  }
  const counts = Object.fromEntries(Object.keys(CHECK_STATUS).map((s) => [s, checks.rules.filter((r) => r.status === s).length]));
  const open = checks.results.filter((r) => r.status === "Fail" || r.status === "Uncertain");
  const byRule = (id) => open.filter((r) => r.rule === id);
  const previous = checks.previousReportId
    ? ` · 跨年度规则对照 <a href="?view=report&id=${encodeURIComponent(checks.previousReportId)}">同一机关上一年度报告</a>` : " · 未找到同一机关上一年度报告";
  const rows = checks.rules.map((rule) => {
    const details = byRule(rule.id).map((r) =>
      `<li>${checkBadge(r.status)} ${r.subject ? `<strong>${esc(r.subject)}</strong> ` : ""}${esc(r.evidence)}<ul class="evidence">${(r.items ?? []).slice(0, 12).map(evidenceItem).join("")}</ul></li>`).join("");
    return `<tr class="check-${CHECK_STATUS[rule.status]?.[1] ?? ""}"><td>${esc(CHECK_CATEGORY[rule.category] ?? rule.category)}</td><td title="${esc(rule.basis)}">${esc(rule.title)}<br><code>${esc(rule.id)}</code></td><td>${checkBadge(rule.status)}</td><td>${details ? `<ul class="check-results">${details}</ul>` : ""}</td></tr>`;
  }).join("");
  head.insertAdjacentHTML("afterend", `<details class="checks" id="report-checks" ${counts.Fail > 0 ? "open" : ""}>
    <summary><strong>质量检查</strong>：${checks.rules.length} 条规则，未通过 ${counts.Fail} · 存疑 ${counts.Uncertain} · 通过 ${counts.Pass} · 无法判断 ${counts.NotAssessable}${previous}</summary>
    <table class="grid checks-table"><thead><tr><th>类别</th><th>规则</th><th>结果</th><th>依据与证据</th></tr></thead><tbody>${rows}</tbody></table>
  </details>`);
  for (const result of open) {
    for (const item of result.items ?? []) {
      if (item.kind !== "Cell" || item.reportId) continue;
      const cell = document.querySelector(`#report td[data-table="${CSS.escape(item.table)}"][data-row="${CSS.escape(item.row)}"][data-col="${CSS.escape(item.column)}"]`);
      if (!cell) continue;
      cell.classList.add(result.status === "Fail" ? "cell-fail" : "cell-uncertain");
      cell.title = (cell.title ? cell.title + "\n" : "") + result.evidence;
    }
  }
}

/** The corpus-wide view: filters, per-rule counts, the results and a CSV download of the same selection. */
async function renderChecks(p) {
  const form = $("#checks-form");
  if (form.rule.options.length <= 1) {
    const rules = await api("/api/checks/rules");
    form.rule.insertAdjacentHTML("beforeend", rules.map((r) => `<option value="${esc(r.id)}">${esc(r.title)}（${esc(r.id)}）</option>`).join(""));
  }
  for (const name of ["rule", "status", "agency", "year", "sort", "order"]) form[name].value = p.get(name) ?? "";
  const query = new URLSearchParams();
  for (const name of ["rule", "status", "agency", "year", "sort", "order", "offset"]) if (p.get(name)) query.set(name, p.get(name));
  query.set("size", "50");
  const data = await api("/api/checks?" + query.toString());
  const csv = new URLSearchParams(query); csv.delete("size"); csv.delete("offset"); csv.set("format", "csv");
  $("#checks-csv").href = "/api/checks?" + csv.toString();
  const link = (rule, status) => { const n = params(); n.set("view", "checks"); n.set("rule", rule); if (status) n.set("status", status); else n.delete("status"); n.delete("offset"); return "?" + n.toString(); };
  $("#checks-rules").innerHTML = `<thead><tr><th>规则</th><th>通过</th><th>未通过</th><th>存疑</th><th>无法判断</th></tr></thead><tbody>${data.rules.map((r) =>
    `<tr><td><a href="${esc(link(r.rule))}">${esc(r.title)}</a></td><td>${r.pass}</td><td><a href="${esc(link(r.rule, "fail"))}">${r.fail}</a></td><td><a href="${esc(link(r.rule, "uncertain"))}">${r.uncertain}</a></td><td>${r.notAssessable}</td></tr>`).join("")}</tbody>`;
  const offset = Number(p.get("offset") ?? 0);
  $("#checks-summary").textContent = `共 ${data.total} 条结果，显示第 ${data.total === 0 ? 0 : offset + 1}–${offset + data.items.length} 条`;
  $("#checks-list").innerHTML = data.items.map((r) => `<li>${checkBadge(r.status)} <a href="?view=report&id=${encodeURIComponent(r.reportId)}">${esc(r.agency ?? UNKNOWN_AGENCY)} ${esc(r.year ?? "")}</a>
    <span class="cite">${esc(r.title ?? r.rule)}${r.subject ? " · " + esc(r.subject) : ""}</span><div>${esc(r.evidence)}</div></li>`).join("");
  const pager = (to) => { const n = params(); n.set("view", "checks"); n.set("offset", String(to)); return "?" + n.toString(); };
  $("#checks-pager").innerHTML = (offset > 0 ? `<a href="${esc(pager(Math.max(0, offset - 50)))}">上一页</a>` : "") +
    (offset + data.items.length < data.total ? ` <a href="${esc(pager(offset + 50))}">下一页</a>` : "");
}

/** Facet and filter labels of the checks dimension: the rules' titles (after app.js has defined LABELS). */
window.addEventListener("DOMContentLoaded", async () => {
  try {
    const rules = await api("/api/checks/rules");
    LABELS.checks = Object.fromEntries(rules.map((r) => [r.id, r.title]));
    for (const a of document.querySelectorAll("#facets a[data-facet='checks']")) a.textContent = LABELS.checks[a.dataset.value] ?? a.dataset.value;
  } catch { /* ids stay as labels */ }
});

document.getElementById("checks-form")?.addEventListener("submit", (event) => {
  event.preventDefault();
  const n = new URLSearchParams();
  n.set("view", "checks");
  for (const [k, v] of new FormData(event.target)) if (String(v).trim()) n.set(k, String(v).trim());
  navigate(n);
});
