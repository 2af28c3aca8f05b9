package cn.sh.pilot.archive.domain.bag;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BagIt's Payload-Oxum: the payload's total bytes and file count, {@code octets.streams}. */
public record PayloadOxum(long octets, long streams) {

    private static final Pattern FORM = Pattern.compile("([0-9]{1,18})\\.([0-9]{1,18})");

    public static Optional<PayloadOxum> parse(String value) {
        Matcher m = FORM.matcher(value.strip());
        return m.matches() ? Optional.of(new PayloadOxum(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))))
                : Optional.empty();
    }

    public PayloadOxum plus(long bytes) {
        return new PayloadOxum(octets + bytes, streams + 1);
    }

    @Override
    public String toString() {
        return octets + "." + streams;
    }
}
