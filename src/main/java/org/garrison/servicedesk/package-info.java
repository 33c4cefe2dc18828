/**
 * The client service desk: complaints with time limits on every step, formal memos (签呈), opinion cards and
 * whistle-blowing with sealed reporter identity.
 */
@NullMarked
package org.garrison.servicedesk;

import org.jspecify.annotations.NullMarked;
