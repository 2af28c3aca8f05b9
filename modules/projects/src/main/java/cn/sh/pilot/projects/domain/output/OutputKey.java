package cn.sh.pilot.projects.domain.output;

import java.util.Objects;

/**
 * How a project's standard output is recognised across reports: its level and title (whitespace-normalised).
 * Drafts have no number yet, so the number cannot be the key.
 */
public record OutputKey(StandardLevel level, String title) {

    public OutputKey {
        Objects.requireNonNull(level, "level");
        title = Objects.requireNonNull(title, "title").strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            throw new IllegalArgumentException("title is blank");
        }
    }

    @Override
    public String toString() {
        return level + " 《" + title + "》";
    }
}
