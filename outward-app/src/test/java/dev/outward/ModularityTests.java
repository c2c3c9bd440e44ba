package dev.outward;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules (top-level packages) only use each other's base packages, without cycles; the docs are generated. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(OutwardApplication.class);

    @Test
    void modules_depend_only_on_each_others_api_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(MODULES).writeDocumentation();
    }
}
