package org.garrison;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries hold on every build, and the module documentation in {@code docs/modules} is
 * written anew from the code (commit it when it changes).
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(GarrisonApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
            .writeDocumentation()
            .writeIndividualModulesAsPlantUml()
            .writeModuleCanvases();
    }

}
