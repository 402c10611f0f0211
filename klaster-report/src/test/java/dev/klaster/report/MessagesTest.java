package dev.klaster.report;

import org.junit.jupiter.api.Test;

import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesTest {
    @Test
    void bothLanguagesHaveTheSameKeys() {
        ResourceBundle.Control c = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        var id = ResourceBundle.getBundle("dev.klaster.report.messages", Lang.ID.locale(), c).keySet();
        var en = ResourceBundle.getBundle("dev.klaster.report.messages", Lang.EN.locale(), c).keySet();
        assertThat(id).containsExactlyInAnyOrderElementsOf(en);
        assertThat(new Messages(Lang.ID).get("overview.title")).isEqualTo("Ikhtisar");
        assertThat(new Messages(Lang.EN).get("overview.title")).isEqualTo("Overview");
    }

    @Test
    void unknownLanguageAndKeyAreNamed() {
        assertThatThrownBy(() -> Lang.parse("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report language 'fr' (expected id or en)");
        assertThatThrownBy(() -> new Messages(Lang.EN).get("nope")).isInstanceOf(IllegalStateException.class)
                .hasMessage("report message 'nope' missing for language en");
    }
}
