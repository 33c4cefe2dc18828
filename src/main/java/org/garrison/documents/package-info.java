/**
 * Files attached to any record and the document register (附件-类型-日期-序号): versions with change notes,
 * confidentiality that decides who may see and download, thumbnails for images, storage behind
 * {@link org.garrison.documents.DocumentStore}.
 */
@ApplicationModule(allowedDependencies = { "numbering", "organisation", "longjobs" })
@NullMarked
package org.garrison.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
