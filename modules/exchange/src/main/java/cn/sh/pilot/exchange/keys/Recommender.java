package cn.sh.pilot.exchange.keys;

import java.util.Arrays;
import java.util.Optional;

/**
 * The municipal site and the 16 Shanghai districts (GB/T 2260 codes) that the demo key material
 * covers. Industry departments are registered the same way with their own codes.
 */
public enum Recommender {
    MUNICIPAL("310000", "上海市市场监督管理局", "Shanghai Municipal Administration for Market Regulation"),
    HUANGPU("310101", "黄浦区", "Huangpu District"),
    XUHUI("310104", "徐汇区", "Xuhui District"),
    CHANGNING("310105", "长宁区", "Changning District"),
    JINGAN("310106", "静安区", "Jing'an District"),
    PUTUO("310107", "普陀区", "Putuo District"),
    HONGKOU("310109", "虹口区", "Hongkou District"),
    YANGPU("310110", "杨浦区", "Yangpu District"),
    MINHANG("310112", "闵行区", "Minhang District"),
    BAOSHAN("310113", "宝山区", "Baoshan District"),
    JIADING("310114", "嘉定区", "Jiading District"),
    PUDONG("310115", "浦东新区", "Pudong New Area"),
    JINSHAN("310116", "金山区", "Jinshan District"),
    SONGJIANG("310117", "松江区", "Songjiang District"),
    QINGPU("310118", "青浦区", "Qingpu District"),
    FENGXIAN("310120", "奉贤区", "Fengxian District"),
    CHONGMING("310151", "崇明区", "Chongming District");

    private final String code;
    private final String zh;
    private final String en;

    Recommender(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public static Optional<Recommender> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
