package org.garrison.shared;

import java.util.Set;

/**
 * Records a module puts in place when the application starts: the company's root, the built-in roles,
 * and (as beans present only in demo mode) its demo data. Each step names itself and the steps whose
 * data it uses; {@link StartupDataRunner} runs them in that order, so a new module adds its step
 * without a central list or order number.
 */
public interface StartupData {

    /** This step's name, by convention {@code <module>.<what>}, e.g. {@code patrols.demo}. */
    String name();

    /**
     * The names of the steps whose data this one uses. A step absent from the running application
     * (another module's demo data in a module test) is passed over.
     */
    Set<String> after();

    /** Puts the records in place; must be safe to run on every start (it finds what is there already). */
    void load();

}
