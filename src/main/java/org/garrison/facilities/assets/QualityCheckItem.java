package org.garrison.facilities.assets;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/** One item of a quality check: what was checked, how, whether it passed and a note. */
@Embeddable
class QualityCheckItem {

    private String name;

    @Enumerated(EnumType.STRING)
    private CheckMethod method;

    private boolean passed;

    private @Nullable String note;

    protected QualityCheckItem() {
    }

    QualityCheckItem(String name, CheckMethod method, boolean passed, @Nullable String note) {
        this.name = name.strip();
        this.method = method;
        this.passed = passed;
        this.note = Texts.blankToNull(note);
    }

    String getName() {
        return name;
    }

    CheckMethod getMethod() {
        return method;
    }

    boolean isPassed() {
        return passed;
    }

    @Nullable String getNote() {
        return note;
    }

}
