package org.garrison.documents.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --garrison.documents.move-to=database} (or {@code s3}, {@code disk}): moves every file into that store
 * from the others once the application has started, e.g. an upgraded disk installation into the
 * database. Files already moved are skipped, so leaving the option on costs one pass over the keys.
 */
@Component
@ConditionalOnProperty("garrison.documents.move-to")
class MoveAtStart implements ApplicationRunner {

    private final DocumentMoves moves;

    private final DocumentsSettings settings;

    MoveAtStart(DocumentMoves moves, DocumentsSettings settings) {
        this.moves = moves;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String to = settings.moveTo();
        if (to != null && !to.isBlank()) {
            moves.moveAllInto(to.strip());
        }
    }

}
