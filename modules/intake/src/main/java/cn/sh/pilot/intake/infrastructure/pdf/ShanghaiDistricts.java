package cn.sh.pilot.intake.infrastructure.pdf;

import java.util.Map;

/** Names of Shanghai's administrative divisions (GB/T 2260) for printing; an unknown code prints as itself. */
final class ShanghaiDistricts {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("310000", "上海市"),
            Map.entry("310101", "黄浦区"), Map.entry("310104", "徐汇区"), Map.entry("310105", "长宁区"),
            Map.entry("310106", "静安区"), Map.entry("310107", "普陀区"), Map.entry("310109", "虹口区"),
            Map.entry("310110", "杨浦区"), Map.entry("310112", "闵行区"), Map.entry("310113", "宝山区"),
            Map.entry("310114", "嘉定区"), Map.entry("310115", "浦东新区"), Map.entry("310116", "金山区"),
            Map.entry("310117", "松江区"), Map.entry("310118", "青浦区"), Map.entry("310120", "奉贤区"),
            Map.entry("310151", "崇明区"));

    private ShanghaiDistricts() {
    }

    static String describe(String code) {
        String name = NAMES.get(code);
        return name == null ? code : name + "（" + code + "）";
    }
}
