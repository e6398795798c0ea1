"""Second judge's listing of the v5 sample (data/relevance/v5/README.md, "Second judge").
usage: SECTIONS=/tmp/s.tsv python3 tools/relevance-second/view_sample_v5.py w01 w03 ...
where /tmp/s.tsv comes from `eval-relevance --set data/relevance/v4 --export-sections /tmp/s.tsv` (v4's corpus = v5's,
same keys). Short sections are printed in full, long ones as their opening plus the passages around the need's key
words (written per need from its need column before grading). Reads only needs.tsv and sample-second.tsv, never
judgments.tsv."""
import sys, re, os
here = os.path.join(os.path.dirname(__file__), '..', '..', 'data', 'relevance', 'v5')
sec = {}
for l in open(os.environ.get('SECTIONS', '/tmp/s.tsv'), encoding='utf-8'):
    k, t = l.rstrip('\n').split('\t', 1); sec[k] = t
KW = {
'w01': '教育 招生 学校 入学 学生 幼儿 义务',
'w03': '双随机 随机 抽查 抽检 检查结果',
'w05': '招标 投标 招投标 中标 采购 交易',
'w07': '专项资金 专项 资金',
'w09': '网络安全 安全 攻击 篡改 防护 等级保护 有害 漏洞',
'w11': '工信 工业 中小企业 专精特新 数字化 产业 企业',
'w13': '汇总 编制 所属 下级 报送 各部门 各单位 各乡镇',
'w15': '法治 依法行政 普法 法制',
'w17': '采访 访谈 答记者问 负责人 媒体 发布会 新闻发布 解读',
'w19': '内部事务 过程性 执法案卷',
'w21': '报告如下 现将 汇报 报告 领导',
'w23': '',
'w25': '谁审核 谁发布 谁负责 谁公开 谁提供',
'w27': '',
'w29': '字号 打印 来源 浏览 索引号 关闭 分享 发布日期 发文',
'w31': '行政处罚',
'w33': '时限 日内 工作日 期限 形成或者变更 及时',
'w35': '邮箱 电子邮件 邮件 @ 联系 电话',
'w37': '洛浦 电话 联系',
'w39': '保密 审查 审核',
'w41': '关停 注销 整合 关闭 清理 撤销 合并',
'w43': '% ％ 占 比例 类',
'w45': '解读 比例 % ％ 配套',
'w47': '春风 夏秋 冬季充电 攻势',
'w49': '食安平潭 直播 观看 人次 视频',
}
FULL = {'w23', 'w27'}
def show(n, k, maxfull=600, win=80):
    t = sec[k]
    head = '%s  [%d]' % (k, len(t))
    kws = KW[n].split()
    if n in FULL or len(t) <= maxfull or not kws:
        return head + '\n  ' + t
    spans = [(0, 120)]
    for w in kws:
        for m in re.finditer(re.escape(w), t):
            spans.append((max(0, m.start() - win), min(len(t), m.end() + win)))
    spans.sort(); merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]: merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else: merged.append((s, e))
    return head + '\n  ' + ' | '.join(t[s:e] for s, e in merged)
needs = {}
for l in open(os.path.join(here, 'needs.tsv'), encoding='utf-8'):
    if not l.startswith('#'): r = l.rstrip('\n').split('\t'); needs[r[0]] = r
sample = [l.rstrip('\n').split('\t') for l in open(os.path.join(here, 'sample-second.tsv'), encoding='utf-8') if not l.startswith('#')]
for n in sys.argv[1:]:
    print('=====', n, needs[n][2], '::', needs[n][3])
    for i, (m, k) in enumerate(r for r in sample if r[0] == n):
        print('--[%d]' % i, show(n, k))
