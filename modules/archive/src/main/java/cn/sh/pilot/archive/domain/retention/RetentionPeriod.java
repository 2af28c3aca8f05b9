package cn.sh.pilot.archive.domain.retention;

/** The three retention periods of Chinese document archives (永久, 定期 30 年, 定期 10 年). */
public enum RetentionPeriod {
    PERMANENT("永久", "permanent"),
    YEARS_30("30年", "30 years"),
    YEARS_10("10年", "10 years");

    private final String zh;
    private final String en;

    RetentionPeriod(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
