package org.garrison.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.garrison.testsupport.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/**
 * What the one web slice holds besides the controllers and the platform's web beans: the application
 * clock (a {@link TestClock}), the web helpers that controller tests want real, and mocks of every
 * service the web layer calls ({@link SliceMocks}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SliceBeans.RealWebHelpers.class)
class SliceBeans {

    @Bean
    static SliceMocks sliceMocks() {
        return new SliceMocks();
    }

    @Bean
    TestClock clock() {
        return new TestClock();
    }

    /**
     * Package-private helpers of modules' web layers that render pages, and the permission declarations,
     * used for real (the services they call are mocked).
     */
    static class RealWebHelpers implements ImportSelector {

        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            var helpers = new ArrayList<>(List.of("org.garrison.identity.web.UserViews",
                    "org.garrison.servicedesk.web.ComplaintPage", "org.garrison.people.web.EmployeeRecordPage",
                    "org.garrison.people.web.EmployeeOnboarding",
                    "org.garrison.audit.internal.AuditStates", "org.garrison.audit.web.AuditSummaries",
                    "org.garrison.identity.internal.PermissionRegistry"));
            // every module's permission declarations, for the role page and the registry
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile("org\\.garrison\\.(?!shared|testsupport)\\w+\\.\\w+Permissions")));
            scanner.findCandidateComponents("org.garrison").forEach(found -> helpers.add(found.getBeanClassName()));
            return helpers.toArray(String[]::new);
        }

    }

}
