/**
 * The roster as a planning problem for Timefold Solver: places to fill (slots), guards to fill them, the hard and
 * soft rules as constraint streams, every broken rule justified as a message key with arguments, and a greedy
 * first-fit roster to compare against. Plain Java: no Spring, no database.
 */
@NullMarked
package org.garrison.rosters.internal.solver;

import org.jspecify.annotations.NullMarked;
