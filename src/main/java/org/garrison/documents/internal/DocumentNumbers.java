package org.garrison.documents.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.garrison.numbering.NumberingManagement;
import org.springframework.stereotype.Component;

/**
 * Numbers of registered documents: 附件-<type>-<yyyyMMdd>-<seq>, the sequence counted per day across types (seed
 * 003's 附件清单: 合同 001, 调研 002, 培训 003, 财务 004), drawn in the registering transaction.
 */
@Component
class DocumentNumbers {

    private final NumberingManagement numbering;

    private final Clock clock;

    DocumentNumbers(NumberingManagement numbering, Clock clock) {
        this.numbering = numbering;
        this.clock = clock;
    }

    String next(DocumentType type) {
        return numbering.next(type.series(), LocalDate.now(clock));
    }

}
