"""Second judge's listing of sampled sections (data/relevance/v4/README.md, "Second judge").
usage: SECTIONS=/tmp/s.tsv python3 tools/relevance-second/view_sample.py u01 u03 ...
where /tmp/s.tsv comes from `eval-relevance --set data/relevance/v3 --export-sections /tmp/s.tsv` (same keys as v4).
Short sections are printed in full, long ones as their opening plus the passages around the need's key words
(written per need from its need column before grading); u23 and u25 sections in full. Does not read judgments.tsv."""
import sys, re, os
sec={}
for l in open(os.environ.get('SECTIONS','/tmp/s.tsv'),encoding='utf-8'):
    k,t=l.rstrip('\n').split('\t',1); sec[k]=t
KW={
'u01':'好差评 差评 评价 满意度 打分 满意率 测评',
'u03':'公共资源 矿业权 土地出让 出让 招标 成交 采矿 拍卖 挂牌 交易 土地',
'u05':'水利 水务 取水 防汛 水资源 河长 供水 水库',
'u07':'信用 双公示 失信 守信',
'u09':'留言 信箱 问政 访谈 网民 诉求 热线 12345 咨询 互动',
'u11':'自贸 自由贸易 临港 开放 口岸 对台 台湾 两岸 外资 外商',
'u13':'收费 涉企 清单',
'u15':'指导 乡镇 下属 基层 示范 模板 督促 街道 下级 所属',
'u17':'债务 债券 专项债 举债 限额',
'u19':'http www .com .cn 网址 下载 网站',
'u21':'漏报 迟报 误报',
'u27':'公开率 % ％ 比例 公文 占',
'u29':'依法公开 真实公开 注重实效 有力监督',
'u31':'知晓 宣传 了解 意识 普及 不知道',
'u33':'科室 报送 配合 信息来源 联动 协调 各单位 各部门 不及时',
'u35':'电话 药监 食品药品 联系 0591',
'u37':'地址 湖南 办公厅 长沙 邮编 路',
'u39':'传真 自然资源 生态环境 电话',
'u41':'标准化 规范化 标准目录 事项清单 目录',
'u43':'予以公开 部分公开 同意公开 全部公开 公开率',
'u45':'新媒体 微信 微博 账号 公众号 头条 抖音 客户端',
'u47':'若干意见 109 30条 六大类 6大类 任务',
'u49':'八大工程 工程',
}
FULL={'u23','u25'}
def show(n, k, maxfull=380, win=70):
    t=sec[k]
    head='%s  [%d]' % (k, len(t))
    if n in FULL or len(t)<=maxfull:
        return head+'\n  '+t
    kws=KW[n].split()
    spans=[]
    for w in kws:
        for m in re.finditer(re.escape(w), t):
            spans.append((max(0,m.start()-win), min(len(t), m.end()+win)))
    spans.sort(); merged=[]
    for s,e in spans:
        if merged and s<=merged[-1][1]: merged[-1]=(merged[-1][0],max(e,merged[-1][1]))
        else: merged.append((s,e))
    out=' | '.join(t[s:e] for s,e in merged)
    if len(out)>1400: out=out[:1400]+'…'
    return head+'\n  ^'+t[:50]+'…\n  '+(out if out else '(no keyword)')
needs=set(sys.argv[1:])
i=0
for l in open(os.path.join(os.path.dirname(__file__),'..','..','data','relevance','v4','sample-second.tsv'),encoding='utf-8'):
    if l.startswith('#'): continue
    n,k=l.rstrip('\n').split('\t')
    if n in needs:
        print(n, show(n,k)); print()
