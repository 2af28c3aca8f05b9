package cn.sh.pilot.archive.api;

import java.util.Objects;

/** The archivist who runs an export: name and job title (e.g. 档案管理员). */
public record Exporter(String name, String title) {

    public Exporter {
        Objects.requireNonNull(name, "name");
    }
}
