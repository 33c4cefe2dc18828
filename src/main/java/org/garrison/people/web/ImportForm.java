package org.garrison.people.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A filled-in applicants' sheet (.xlsx) to import. */
record ImportForm(@Nullable MultipartFile file) {
}
