package cn.sh.pilot.app.interfaces.web;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.LineNumberReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    private static Properties load(String language) throws Exception {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(
                "/cn/sh/pilot/app/interfaces/web/i18n/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void chinese_and_english_bundles_have_the_same_keys() throws Exception {
        Properties zh = load("zh");
        Properties en = load("en");

        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(zh.getProperty("error.forbidden.title")).isEqualTo("无权访问");
        assertThat(zh.getProperty("app.bureau")).isEqualTo("上海市市场监督管理局");
    }

    @Test
    void every_refusal_of_the_application_layer_has_a_message() throws Exception {
        Properties zh = load("zh");
        for (String reason : new String[]{"invalid-username", "no-role", "recommender-operator-only-role", "recommender-required",
                "recommender-not-usable", "recommender-only-for-operators", "last-admin", "username-taken", "no-such-user",
                "password-too-short", "password-too-simple", "invalid-recommender-code", "invalid-recommender-kind",
                "name-required", "recommender-code-taken", "no-such-recommender", "municipal-bureau-always-active",
                "ssh-key-invalid", "ssh-key-not-found", "certificate-pem-invalid", "revocation-reason-missing",
                "certificate-not-revocable", "municipal-has-no-sftp-account"}) {
            assertThat(zh.getProperty("error." + reason)).as(reason).isNotBlank();
        }
    }

    /**
     * No key is defined twice in one file (a later line would silently win: parallel branches append to
     * these files and git merges them line by line, see .gitattributes) and no text is empty.
     */
    @Test
    void no_key_is_defined_twice_and_no_text_is_empty() throws Exception {
        for (String language : List.of("zh", "en")) {
            Map<String, Integer> firstLine = new HashMap<>();
            List<String> problems = new ArrayList<>();
            try (LineNumberReader lines = new LineNumberReader(new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(
                    "/cn/sh/pilot/app/interfaces/web/i18n/messages_" + language + ".properties"), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#") || t.startsWith("!") || !t.contains("=")) {
                        continue;
                    }
                    String key = t.substring(0, t.indexOf('=')).strip();
                    Integer before = firstLine.putIfAbsent(key, lines.getLineNumber());
                    if (before != null) {
                        problems.add(key + " on lines " + before + " and " + lines.getLineNumber());
                    }
                    if (t.substring(t.indexOf('=') + 1).isBlank()) {
                        problems.add(key + " is empty on line " + lines.getLineNumber());
                    }
                }
            }
            assertThat(problems).as(language).isEmpty();
        }
    }
}
