package org.garrison.testsupport;

import java.util.Locale;

import org.garrison.platform.MessageBundles;
import org.garrison.shared.RunSummary;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A job run's summary as the jobs page shows it, from every module's bundle, without a Spring context. */
public final class RunSummaries {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames(MessageBundles.basenames(new PathMatchingResourcePatternResolver()).toArray(String[]::new));
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private RunSummaries() {
    }

    public static String text(RunSummary summary, Locale locale) {
        return MESSAGES.getMessage(summary.key(), summary.args().toArray(), locale);
    }

}
