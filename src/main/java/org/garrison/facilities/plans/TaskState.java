package org.garrison.facilities.plans;

/** Where a task stands: due, done, or missed (its day ended before it was done). */
public enum TaskState {
    DUE, DONE, MISSED;

    public String messageKey() {
        return "facilities.task.state." + name();
    }
}
