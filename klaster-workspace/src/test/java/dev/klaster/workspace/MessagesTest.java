package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages have the same keys, every enum has labels in both, messages format in both. */
class MessagesTest {
    private static Properties load(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/klaster/workspace/messages_" + lang
                + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws Exception {
        assertThat(load("id").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void everyEnumConstantHasALabelInBothLanguages() {
        List<Class<? extends Enum<?>>> enums = List.of(Stage.class, GenericStage.class, DocumentType.class,
                StakeholderType.class, SizeClass.class, ActionStatus.class, Goal.class, Frequency.class,
                Aggregation.class, Role.class, Operation.class, ProductCategory.class, Certification.class, Grade.class);
        for (Class<? extends Enum<?>> e : enums) {
            for (Enum<?> c : e.getEnumConstants()) {
                assertThat(Messages.label(Messages.INDONESIAN, c)).as(c.toString()).isNotBlank();
                assertThat(Messages.label(Locale.ENGLISH, c)).as(c.toString()).isNotBlank();
            }
        }
        assertThat(Messages.label(Messages.INDONESIAN, Stage.COLLABORATIVE_STRATEGY)).isEqualTo("Strategi kolaboratif");
        assertThat(Messages.label(Messages.INDONESIAN, StakeholderType.CORE_FIRM)).isEqualTo("Industri inti");
    }

    @Test
    void errorsSpeakBothLanguages() {
        NotFoundException e = new NotFoundException("initiative", "abc");
        assertThat(e.getMessage()).isEqualTo("No initiative with id abc.");
        assertThat(e.message(Messages.INDONESIAN)).isEqualTo("Tidak ada initiative dengan id abc.");
        assertThat(e.message(Locale.forLanguageTag("in"))).isEqualTo(e.message(Messages.INDONESIAN));
        ValidationException v = new ValidationException("error.tooLong", "f", 1234, 1000);
        assertThat(v.getMessage()).contains("1234").contains("1000");
        assertThat(v.message(Messages.INDONESIAN)).contains("1234 karakter");
    }
}
