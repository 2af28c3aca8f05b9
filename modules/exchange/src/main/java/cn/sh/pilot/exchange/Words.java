package cn.sh.pilot.exchange;

/** A short statement in Chinese and in English, for reports that officials read. */
public record Words(String zh, String en) {

    public static Words of(String zh, String en) {
        return new Words(zh, en);
    }

    /** Chinese first, then English. */
    public String bilingual() {
        return zh + " / " + en;
    }
}
