package cn.sh.pilot.app.interfaces.web;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
                "name-required", "recommender-code-taken", "no-such-recommender", "municipal-bureau-always-active"}) {
            assertThat(zh.getProperty("error." + reason)).as(reason).isNotBlank();
        }
    }
}
