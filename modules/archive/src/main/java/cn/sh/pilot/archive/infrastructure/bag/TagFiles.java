package cn.sh.pilot.archive.infrastructure.bag;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.sh.pilot.archive.api.Organisation;
import cn.sh.pilot.archive.application.BagDescription;
import cn.sh.pilot.archive.domain.bag.PayloadOxum;

/** The text of {@code bagit.txt} and {@code bag-info.txt}, written and read (RFC 8493 §2.1.1, §2.2.2). */
final class TagFiles {

    static final String DECLARATION = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
    static final String SOURCE_ORGANIZATION = "Source-Organization";
    static final String BAGGING_DATE = "Bagging-Date";
    static final String PAYLOAD_OXUM = "Payload-Oxum";

    private TagFiles() {
    }

    static byte[] bagInfo(BagDescription d, PayloadOxum oxum) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(SOURCE_ORGANIZATION, Organisation.MUNICIPAL.name());
        labels.put("Contact-Name", d.exporter().name() + (d.exporter().title() == null ? "" : "（" + d.exporter().title() + "）"));
        labels.put("External-Description", "上海市市级标准化试点项目档案导出 / Shanghai municipal standardization pilot project records export");
        labels.put(BAGGING_DATE, LocalDate.ofInstant(d.exported().toInstant(), ZoneId.of("Asia/Shanghai")).toString());
        labels.put("External-Identifier", d.exportId().toString());
        labels.put(PAYLOAD_OXUM, oxum.toString());
        labels.put("Bag-Software-Agent", "pilot-archive (cn.sh.pilot)");
        labels.put("Pilot-Exported", d.exported().toString());
        labels.put("Pilot-Exporter", d.exporter().name());
        labels.put("Pilot-Selection", d.selection());
        labels.put("Pilot-Record-Count", Long.toString(d.records()));
        labels.put("Pilot-Record-Schema", "urn:cn:sh:pilot:archive:v1 (schemas/archive/v1/archival-record.xsd)");
        StringBuilder out = new StringBuilder();
        labels.forEach((k, v) -> out.append(k).append(": ").append(oneLine(v)).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses {@code label: value} lines; a line starting with white space continues the previous value. */
    static Optional<Map<String, String>> parseBagInfo(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        String last = null;
        for (String line : text.split("\r\n|\r|\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (last == null) {
                    return Optional.empty();
                }
                labels.put(last, labels.get(last) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            last = line.substring(0, colon).strip();
            labels.putIfAbsent(last, line.substring(colon + 1).strip());
        }
        return Optional.of(labels);
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }
}
