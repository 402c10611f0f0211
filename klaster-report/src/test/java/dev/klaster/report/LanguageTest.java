package dev.klaster.report;

import dev.klaster.core.demo.FineDemo;
import dev.klaster.core.demo.FineDemoIo;
import dev.klaster.core.model.Measure;
import dev.klaster.core.testing.SharedData;
import dev.klaster.io.ingest.Ingest;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.scope.Scope;
import dev.klaster.io.scope.SourceErrors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One language throughout (issue 10): the Indonesian and the English report of the fine demo, and of the real BPS
 * regency file for one province (Jawa Timur, when {@code ../shared/data/idn-pdrb-kabkota-2013-2020/} exists), show
 * no text that belongs only to the other language's message bundle and no raw snake_case identifier. Visible text is
 * the page's text nodes; script and JSON data blocks and style sheets are left out (chart texts drawn from the JSON
 * are checked by the browser tests).
 */
class LanguageTest {
    @Test
    void demoReportsSpeakOneLanguage() {
        for (Lang lang : Lang.values()) {
            ReportModel model = AnalysisPipeline.run(FineDemo.generate(lang.code()), null,
                    FineDemoIo.generate(lang.code()), AnalysisPipeline.Options.defaults().withLang(lang)).model();
            check("demo", model);
        }
    }

    @Test
    void realRegencyReportsOfOneProvinceSpeakOneLanguage() {
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Ingested in = Ingest.run(IngestRequest.of(pdrb));
        Scope.Scoped s = Scope.apply(in.panel(), in.report(), Measure.VALUE_ADDED,
                new Scope.Request("35", null, null, SourceErrors.OnError.EXCLUDE), List.of());
        for (Lang lang : Lang.values()) {
            ReportModel model = AnalysisPipeline.run(s.panel(), in.report(), null,
                    AnalysisPipeline.Options.defaults().withLang(lang), AnalysisPipeline.Progress.NONE,
                    ScopeContext.of(s)).model();
            check("Jawa Timur regencies", model);
        }
    }

    @Test
    void theCheckFindsEnglishInAnIndonesianPageAndRawIdentifiers() {
        // the detector itself: a page with a sentence of the English bundle and a column id must fail
        String english = new Messages(Lang.EN).get("section.overview.intro");
        String page = "<html><body><p>Tidak ada catatan.</p><p>" + english + "</p><th>growth_pct_per_year</th>"
                + "<script>var x = '" + english + " growth_pct_per_year';</script></body></html>";
        List<String> found = problems(page, Lang.ID);
        assertThat(found).as("the English overview intro in an Indonesian page").anyMatch(p -> p.contains(english));
        assertThat(found).anyMatch(p -> p.contains("growth_pct_per_year"));
        assertThat(problems("<p>Tidak ada catatan.</p><p>berkas pdrb_adhk2010_kabkota.csv</p>", Lang.ID))
                .as("a file name is data, not an identifier").isEmpty();
    }

    private static void check(String what, ReportModel model) {
        String html = HtmlReport.render(model);
        assertThat(problems(html, model.lang())).as("%s report in %s: strings of the other language or raw "
                + "identifiers", what, model.lang().code()).isEmpty();
    }

    /** Visible strings that belong only to the other language's bundle, and raw snake_case identifiers. */
    static List<String> problems(String html, Lang lang) {
        List<String> texts = visibleText(html);
        Set<String> foreign = onlyIn(lang == Lang.ID ? Lang.EN : Lang.ID, lang);
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            for (String f : foreign) {
                if (t.contains(f)) {
                    out.add("other language: \u201c" + f + "\u201d in \u201c" + t + "\u201d");
                }
            }
            Matcher id = SNAKE.matcher(t);
            while (id.find()) {
                out.add("raw identifier: \u201c" + id.group() + "\u201d in \u201c" + t + "\u201d");
            }
        }
        return out;
    }

    /** snake_case words (two or more lower-case parts joined by '_'), not part of a file name. */
    static final Pattern SNAKE = Pattern.compile("(?<![\\w./-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\\w.-]*\\.[a-z]{2,4}\\b)(?![\\w/])");

    /** Text nodes of the page, without script, style and template blocks; entities decoded. */
    static List<String> visibleText(String html) {
        String s = html.replaceAll("(?is)<script\\b.*?</script>", " ").replaceAll("(?is)<style\\b.*?</style>", " ")
                .replaceAll("(?is)<title\\b.*?</title>", " ");
        List<String> out = new ArrayList<>();
        for (String part : s.split("<[^>]*>")) {
            String t = part.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
                    .trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The phrases of {@code other}'s bundle that {@code lang}'s bundle does not have: each value's literal parts
     * between {0}-style arguments, kept when at least three words long (short words such as "LQ", "Total" or
     * "status" are the same in both languages).
     */
    static Set<String> onlyIn(Lang other, Lang lang) {
        Set<String> mine = new HashSet<>(phrases(load(lang)));
        Set<String> out = new LinkedHashSet<>();
        for (String p : phrases(load(other))) {
            if (!mine.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> phrases(Properties p) {
        List<String> out = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            for (String part : p.getProperty(key).split("\\{[^}]*\\}")) {
                String t = part.replace("''", "'").trim().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
                if (t.split("\\s+").length >= 3) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static Properties load(Lang lang) {
        Properties p = new Properties();
        try (InputStream in = LanguageTest.class.getClassLoader().getResourceAsStream(
                "dev/klaster/report/messages_" + lang.code() + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
