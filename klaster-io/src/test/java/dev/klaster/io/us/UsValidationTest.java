package dev.klaster.io.us;

import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;

class UsValidationTest {
    @Test
    void measure() {
        SharedData.require("us-cbp-cbsa-naics-2019");
        UsValidation.Figures f = UsValidation.run(SharedData.root());
        System.out.println("FIGURES " + f);
    }
}
