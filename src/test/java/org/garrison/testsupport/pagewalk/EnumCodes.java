package org.garrison.testsupport.pagewalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

/**
 * The constant names of every enum of the application's own classes (not of the tests), found on the class
 * path: an enum added tomorrow is known to the page walk at once.
 */
public final class EnumCodes {

    private EnumCodes() {
    }

    /** Every constant name of every enum (nested ones too) in the package and its sub-packages. */
    public static Set<String> under(String basePackage) {
        var resolver = new PathMatchingResourcePatternResolver();
        var readers = new CachingMetadataReaderFactory(resolver);
        var codes = new TreeSet<String>();
        try {
            for (Resource resource : resolver.getResources("classpath*:" + basePackage.replace('.', '/') + "/**/*.class")) {
                if (resource.getURL().toString().contains("/test-classes/")) {
                    continue;
                }
                var metadata = readers.getMetadataReader(resource).getClassMetadata();
                if (Enum.class.getName().equals(metadata.getSuperClassName())) {
                    codes.addAll(constantsOf(metadata.getClassName()));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return codes;
    }

    private static Set<String> constantsOf(String className) {
        var constants = new TreeSet<String>();
        try {
            // Not initialised: reading the fields is enough and runs no application code.
            for (Field field : Class.forName(className, false, EnumCodes.class.getClassLoader()).getDeclaredFields()) {
                if (field.isEnumConstant()) {
                    constants.add(field.getName());
                }
            }
        }
        catch (ClassNotFoundException ex) {
            throw new IllegalStateException(ex);
        }
        return constants;
    }

}
