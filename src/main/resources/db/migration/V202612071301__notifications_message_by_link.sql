-- An alert acknowledged on its item's page (a tour's) acknowledges every recipient's message with that link.
CREATE INDEX notification_message_by_link ON notification_message (link);
