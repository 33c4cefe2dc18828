package org.garrison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StartupDataRunnerTests {

    record Step(String name, Set<String> after) implements StartupData {

        Step(String name, String... after) {
            this(name, Set.of(after));
        }

        @Override
        public void load() {
        }

    }

    @Test
    void eachStepRunsAfterTheStepsItNamesWhateverTheOrderTheyAreFound() {
        var runner = new StartupDataRunner(List.of(new Step("patrols.demo", "people.demo", "organisation.demo"),
                new Step("people.demo", "organisation.demo"), new Step("organisation.demo"), new Step("identity.roles")));
        assertThat(runner.order()).containsExactly("identity.roles", "organisation.demo", "people.demo", "patrols.demo");
    }

    @Test
    void aStepNamingAStepThisApplicationDoesNotHaveRunsAndTheMissingNameIsReported() {
        var runner = new StartupDataRunner(List.of(new Step("patrols.demo", "people.demo"), new Step("organisation.demo")));
        assertThat(runner.order()).containsExactly("organisation.demo", "patrols.demo");
        assertThat(runner.unknownDependencies()).containsExactly("patrols.demo -> people.demo");
    }

    @Test
    void aCycleOrTwoStepsOfOneNameStopTheStart() {
        assertThatThrownBy(() -> new StartupDataRunner(List.of(new Step("a", "b"), new Step("b", "a"))))
            .hasMessageContaining("cycle");
        assertThatThrownBy(() -> new StartupDataRunner(List.of(new Step("a"), new Step("a"))))
            .hasMessageContaining("two start-up data steps");
    }

}
