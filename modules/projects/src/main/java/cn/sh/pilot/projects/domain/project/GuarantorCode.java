package cn.sh.pilot.projects.domain.project;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ProjectsError;

import java.util.regex.Pattern;

/**
 * The guarantor (项目保证单位, §四(三)): the recommender that put the project forward — a district bureau by its
 * GB/T 2260 code ({@code 31xxxx}) or an industry department by its code ({@code D…}), as {@code cm:RecommenderCode}.
 */
public record GuarantorCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("31[0-9]{4}|D[0-9A-Z]{2,15}");

    public GuarantorCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a recommender code: " + value);
        }
    }

    public static GuarantorCode parse(String text) throws RefusedException {
        String trimmed = text == null ? "" : text.strip();
        if (!SHAPE.matcher(trimmed).matches()) {
            throw new RefusedException(ProjectsError.GUARANTOR_CODE_MALFORMED, text);
        }
        return new GuarantorCode(trimmed);
    }

    @Override
    public String toString() {
        return value;
    }
}
