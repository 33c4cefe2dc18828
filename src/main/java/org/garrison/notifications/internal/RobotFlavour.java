package org.garrison.notifications.internal;

/** The group-chat robot a webhook URL belongs to. */
public enum RobotFlavour {

    WECOM, DINGTALK;

    public String messageKey() {
        return "notification.robot." + name();
    }

}
