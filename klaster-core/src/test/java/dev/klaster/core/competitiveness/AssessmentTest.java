package dev.klaster.core.competitiveness;

import dev.klaster.core.model.InputDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AssessmentTest {
    static final String JSON = """
            {"name": "test", "normalisation": "MIN_MAX", "weighting": "EQUAL",
             "factors": [
               {"id": "spec", "indicators": [{"id": "lq", "source": "COMPUTED"}]},
               {"id": "coop", "indicators": [{"id": "coop", "source": "SURVEY"}]}]}
            """;

    static List<Assessment.Unit> units() {
        return List.of(new Assessment.Unit("R1", "C"), new Assessment.Unit("R2", "C"), new Assessment.Unit("R3", "C"));
    }

    @Test
    void compositeByHand(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("fw.json");
        Files.writeString(f, JSON);
        Framework fw = Framework.read(f);
        Path s = dir.resolve("survey.csv");
        Files.writeString(s, "region,cluster,indicator,score\nR1,C,coop,4\nR1,C,coop,2\nR2,C,coop,5\nR3,C,coop,\n");
        Survey survey = Survey.read(s, 5);
        Assessment.Result r = Assessment.assess(fw, units(), Map.of("lq", new double[] {1, 2, 3}), survey);
        // spec: LQ (1,2,3) min-max -> (0, 0.5, 1); coop: means (3, 5, none) -> (0, 1, NaN)
        // equal weights 0.5: R1 = 0; R2 = 0.5·0.5 + 0.5·1 = 0.75; R3 = 0.5·1 / 0.5 = 1 with coverage 0.5
        assertThat(r.composite()[0]).isCloseTo(0, within(1e-12));
        assertThat(r.composite()[1]).isCloseTo(0.75, within(1e-12));
        assertThat(r.composite()[2]).isCloseTo(1, within(1e-12));
        assertThat(r.coverage()[2]).isCloseTo(0.5, within(1e-12));
        assertThat(r.rank()).containsExactly(3, 2, 1);
        assertThat(r.missing()).singleElement().satisfies(m -> {
            assertThat(m.unit().region()).isEqualTo("R3");
            assertThat(m.indicator()).isEqualTo("coop");
            assertThat(m.reason()).isEqualTo("no survey answers");
        });
        List<Assessment.Benchmark> b = Assessment.benchmark(r, Map.of("G1", List.of("R1", "R2")));
        assertThat(b.get(0).composite()).isCloseTo(0.375, within(1e-12));
    }

    @Test
    void zScoreAndReversal() {
        // (1,2,3): mean 2, sample sd 1 -> (−1, 0, 1); lower-is-better reverses the sign
        assertThat(Assessment.normalise(new double[] {1, 2, 3}, Framework.Normalisation.Z_SCORE, true))
                .containsExactly(-1, 0, 1);
        assertThat(Assessment.normalise(new double[] {1, 2, 3}, Framework.Normalisation.MIN_MAX, false))
                .containsExactly(1, 0.5, 0);
        assertThat(Assessment.normalise(new double[] {2, 2}, Framework.Normalisation.MIN_MAX, true)[0]).isNaN();
    }

    @Test
    void ahpWeightsFromTheFrameworkFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ahp.json");
        Files.writeString(f, JSON.replace("\"EQUAL\"", "\"AHP\", \"ahp\": [[1, 3], [0.3333333333333333, 1]]"));
        // a 2×2 reciprocal matrix is always consistent; its principal eigenvector is (3, 1)/4
        assertThat(Framework.read(f).factorWeights()).containsExactly(new double[] {0.75, 0.25}, within(1e-12));
        Path g = dir.resolve("given.json");
        Files.writeString(g, JSON.replace("\"EQUAL\"", "\"GIVEN\""));
        assertThatThrownBy(() -> Framework.read(g)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a non-negative 'weight' for GIVEN weighting, got null");
    }

    @Test
    void defaultFrameworkHasRosenfeldsNineFactors() {
        Framework fw = Framework.defaults();
        assertThat(fw.factors()).hasSize(9);
        assertThat(fw.factorWeights()).containsOnly(1.0 / 9);
    }

    @Test
    void badFrameworksAndSurveys(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("typo.json");
        Files.writeString(f, JSON.replace("\"weighting\"", "\"wieghting\""));
        assertThatThrownBy(() -> Framework.read(f)).isInstanceOf(InputDataException.class)
                .hasMessageContaining("wieghting");
        Path g = dir.resolve("unknown.json");
        Files.writeString(g, JSON.replace("\"lq\"", "\"happiness\""));
        assertThatThrownBy(() -> Framework.read(g)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("computed indicator 'happiness'");
        Path h = dir.resolve("ahp.json");
        Files.writeString(h, JSON.replace("\"EQUAL\"", "\"AHP\", \"ahp\": [[1, 2], [2, 1]]"));
        assertThatThrownBy(() -> Framework.read(h)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not reciprocal");
        Path s = dir.resolve("bad.csv");
        Files.writeString(s, "region,cluster,indicator,score\nR1,C,coop,7\n");
        assertThatThrownBy(() -> Survey.read(s, 5)).isInstanceOf(InputDataException.class)
                .hasMessageContaining("outside the Likert scale 1..5").hasMessageContaining("score");
    }
}
