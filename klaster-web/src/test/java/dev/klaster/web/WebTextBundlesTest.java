package dev.klaster.web;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two language bundles of the pages: the same keys in Bahasa Indonesia and English, and every text a valid
 * MessageFormat pattern (a broken one would be a 500 on the page that uses it).
 */
class WebTextBundlesTest {
    /** Words that are Indonesian too (KBBI: status, target, administrator; sentra IKM is the Indonesian term). */
    static final java.util.Set<String> SAME_IN_BOTH = java.util.Set.of("Status", "Target", "Sentra IKM",
            "Administrator");

    static Properties load(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = WebTextBundlesTest.class.getResourceAsStream("/dev/klaster/web/web_" + lang
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryPatternFormats() throws Exception {
        Properties id = load("id");
        Properties en = load("en");
        assertThat(id.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        List<String> broken = new ArrayList<>();
        Object[] args = {1, 2, 3, 4, 5}; // numbers format in both {0} and {0,number} slots
        for (String lang : List.of("id", "en")) {
            Properties p = lang.equals("id") ? id : en;
            for (String k : p.stringPropertyNames()) {
                try {
                    new MessageFormat(p.getProperty(k), Locale.forLanguageTag(lang)).format(args);
                } catch (IllegalArgumentException e) {
                    broken.add(lang + ":" + k + ": " + e.getMessage());
                }
            }
        }
        assertThat(broken).isEmpty();
        // the workspace's words differ between the languages (no English left on an Indonesian page)
        List<String> same = new ArrayList<>();
        for (String k : en.stringPropertyNames()) {
            if (k.startsWith("ws.") && en.getProperty(k).equals(id.getProperty(k)) && en.getProperty(k).matches(
                    ".*[a-z]{4,}.*") && !SAME_IN_BOTH.contains(en.getProperty(k))) {
                same.add(k + "=" + en.getProperty(k));
            }
        }
        assertThat(same).isEmpty();
    }
}
