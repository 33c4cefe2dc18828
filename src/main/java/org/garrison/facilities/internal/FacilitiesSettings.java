package org.garrison.facilities.internal;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Facility-service settings ({@code garrison.facilities.*}).
 *
 * @param autoConfirmAfter a done work order the client has neither confirmed nor reopened this long after it was done
 *     is confirmed automatically
 */
@ConfigurationProperties("garrison.facilities")
public record FacilitiesSettings(@DefaultValue("P3D") Period autoConfirmAfter) {
}
