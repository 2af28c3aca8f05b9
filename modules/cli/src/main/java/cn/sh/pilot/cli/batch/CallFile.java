package cn.sh.pilot.cli.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.domain.call.CallId;
import cn.sh.pilot.intake.domain.call.Direction;
import cn.sh.pilot.intake.domain.call.DirectionGroup;

/**
 * A call (征集通知) as data: the built-in {@code calls/<id>.json} resources (2023-139, mirroring the app's reference
 * data), or a file given with {@code --call-file}, so a new year's call needs no new release of the tool.
 */
final class CallFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CallFile() {
    }

    /** The call {@code id}: from {@code file} when given (its id must be {@code id}), else the built-in one. */
    static Call load(String id, Path file) throws IOException, RefusedException {
        Call call;
        if (file != null) {
            try (InputStream in = Files.newInputStream(file)) {
                call = parse(in, file.toString());
            }
        } else {
            try (InputStream in = CallFile.class.getResourceAsStream("/cn/sh/pilot/cli/calls/" + id + ".json")) {
                if (in == null || !id.matches("[0-9A-Za-z-]{1,16}")) {
                    throw new RefusedException(BatchCliError.CALL_FILE_UNKNOWN, id);
                }
                call = parse(in, id + ".json");
            }
        }
        if (!call.id().value().equals(id)) {
            throw new RefusedException(BatchCliError.CALL_FILE_OTHER_CALL, call.id().value() + " ≠ " + id);
        }
        return call;
    }

    private static Call parse(InputStream in, String source) throws RefusedException {
        try {
            JsonNode root = JSON.readTree(in);
            List<DirectionGroup> groups = new ArrayList<>();
            for (JsonNode g : required(root, "keyDirectionGroups")) {
                List<Direction> directions = new ArrayList<>();
                for (JsonNode d : required(g, "directions")) {
                    directions.add(new Direction(text(d, "code"), text(d, "nameZh"), text(d, "nameEn")));
                }
                groups.add(new DirectionGroup(text(g, "code"), text(g, "nameZh"), text(g, "nameEn"), text(g, "domain"),
                        directions));
            }
            return new Call(new CallId(text(root, "id")), required(root, "year").asInt(), text(root, "docNumber"),
                    text(root, "titleZh"), LocalDate.parse(text(root, "publishedOn")), LocalDate.parse(text(root, "deadline")),
                    groups);
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            throw new RefusedException(BatchCliError.CALL_FILE_INVALID, source + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }
}
