package org.garrison.shared;

import org.jspecify.annotations.Nullable;

/**
 * One link of the main navigation. Modules declare their entries as beans; the navigation shows an
 * entry to users holding its permission (or to every signed-in user when it has none).
 *
 * @param section message key of the menu section the entry belongs to
 * @param labelKey message key of the link text
 * @param href the link target
 * @param permission needed to see the entry, or {@code null} for everyone signed in
 * @param order position within the section
 */
public record NavEntry(String section, String labelKey, String href, @Nullable Permission permission, int order) {
}
