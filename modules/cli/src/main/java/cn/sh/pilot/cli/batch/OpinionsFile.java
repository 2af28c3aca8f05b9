package cn.sh.pilot.cli.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.sh.pilot.contracts.error.RefusedException;

/**
 * The recommender's preliminary review written down outside a site: one opinion per application, as CSV (UTF-8,
 * header row, columns in any order, RFC 4180 quoting) or as a JSON array of objects with the same names:
 *
 * <pre>
 * application,recommend,rank,reviewer,title,date,opinion
 * 3f1c2a9e-8b7d-4c6e-9a51-2d0e4b7f6a13,是,1,孙立新,标准化科科长,2023-05-18,经初审，符合申报条件，同意推荐。
 * hydrogen.xml,no,,孙立新,,2023-05-18,项目基础薄弱，不予推荐。
 * </pre>
 *
 * {@code application} is the application id or the XML file's name; {@code recommend} is 是/否, yes/no, true/false,
 * 1/0; {@code rank} (1 = first) only for recommended ones; {@code title} optional; {@code date} defaults to the day
 * of the build. Lines starting with {@code #} and blank lines are skipped.
 */
final class OpinionsFile {

    static final List<String> COLUMNS = List.of("application", "recommend", "rank", "reviewer", "title", "date", "opinion");
    private static final Set<String> YES = Set.of("是", "yes", "y", "true", "1", "推荐");
    private static final Set<String> NO = Set.of("否", "no", "n", "false", "0", "不推荐");

    /** One line: {@code rank} null when not given, {@code date} null when not given. */
    record Opinion(String where, String application, boolean recommend, Integer rank, String reviewer, String title,
            LocalDate date, String text) {
    }

    private OpinionsFile() {
    }

    static List<Opinion> read(Path file) throws IOException, RefusedException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Map<String, String>> rows = name.endsWith(".json") ? json(content, file) : csv(content, file);
        List<Opinion> opinions = new ArrayList<>();
        for (Map<String, String> row : rows) {
            opinions.add(opinion(row));
        }
        return opinions;
    }

    private static Opinion opinion(Map<String, String> row) throws RefusedException {
        String where = row.get("#where");
        String application = value(row, "application");
        String recommendText = value(row, "recommend").toLowerCase(Locale.ROOT);
        if (application.isEmpty() || !(YES.contains(recommendText) || NO.contains(recommendText))) {
            throw new RefusedException(BatchCliError.OPINION_INVALID, where + ": application / recommend");
        }
        boolean recommend = YES.contains(recommendText);
        Integer rank = null;
        String rankText = value(row, "rank");
        if (!rankText.isEmpty()) {
            try {
                rank = Integer.valueOf(rankText);
            } catch (NumberFormatException e) {
                throw new RefusedException(BatchCliError.OPINION_INVALID, where + ": rank " + rankText);
            }
        }
        String reviewer = value(row, "reviewer");
        if (reviewer.isEmpty()) {
            throw new RefusedException(BatchCliError.OPINION_INVALID, where + ": reviewer");
        }
        LocalDate date = null;
        String dateText = value(row, "date");
        if (!dateText.isEmpty()) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new RefusedException(BatchCliError.OPINION_INVALID, where + ": date " + dateText);
            }
        }
        String title = value(row, "title");
        return new Opinion(where, application, recommend, rank, reviewer, title.isEmpty() ? null : title, date,
                value(row, "opinion"));
    }

    private static String value(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.strip();
    }

    private static List<Map<String, String>> json(String content, Path file) throws RefusedException {
        try {
            JsonNode root = new ObjectMapper().readTree(content);
            if (root == null || !root.isArray()) {
                throw new RefusedException(BatchCliError.OPINIONS_UNREADABLE, file + ": not a JSON array");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            int index = 0;
            for (JsonNode item : root) {
                Map<String, String> row = new HashMap<>();
                row.put("#where", file.getFileName() + " [" + index++ + "]");
                for (String column : COLUMNS) {
                    JsonNode v = item.get(column);
                    if (v != null && !v.isNull()) {
                        row.put(column, v.asText());
                    }
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new RefusedException(BatchCliError.OPINIONS_UNREADABLE, file + ": " + e.getMessage(), e);
        }
    }

    private static List<Map<String, String>> csv(String content, Path file) throws RefusedException {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parseCsv(content, records, lines, file);
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        for (int i = 0; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (fields.size() == 1 && fields.get(0).isBlank() || fields.get(0).startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
                if (!header.containsAll(List.of("application", "recommend", "reviewer"))) {
                    throw new RefusedException(BatchCliError.OPINIONS_UNREADABLE,
                            file + ": the header row names the columns " + String.join(",", COLUMNS));
                }
                continue;
            }
            Map<String, String> row = new HashMap<>();
            row.put("#where", file.getFileName() + ":" + lines.get(i));
            for (int c = 0; c < fields.size() && c < header.size(); c++) {
                row.put(header.get(c), fields.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180: fields separated by commas, optionally quoted, "" for a quote inside quotes, CRLF or LF. */
    private static void parseCsv(String content, List<List<String>> records, List<Integer> lines, Path file)
            throws RefusedException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                lines.add(recordLine);
                fields = new ArrayList<>();
                recordLine = ++line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new RefusedException(BatchCliError.OPINIONS_UNREADABLE, file + ":" + recordLine + ": unclosed quote");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
            lines.add(recordLine);
        }
    }
}
