package org.garrison.people.internal;

/** Onboarding (culture, rules, ethics), skills (patrol, inspection, emergency handling) or a refresher. */
public enum CourseKind {

    ONBOARDING, SKILLS, REFRESHER;

    public String messageKey() {
        return "people.courseKind." + name();
    }

}
