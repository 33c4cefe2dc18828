package org.garrison.platform.security;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mockito.Mockito;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockReset;
import org.springframework.util.ClassUtils;

/**
 * Makes one web slice hold every controller of the application: each service a web bean of
 * {@code org.garrison} needs and the slice does not hold becomes a Mockito mock, reset after each test.
 * Tests {@code @Autowired} the mocks they stub. One slice context then serves every controller test.
 */
class SliceMocks implements BeanDefinitionRegistryPostProcessor {

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        var factory = (ConfigurableListableBeanFactory) registry;
        Map<Class<?>, String> missing = new LinkedHashMap<>();
        for (String name : registry.getBeanDefinitionNames()) {
            BeanDefinition definition = registry.getBeanDefinition(name);
            String className = definition.getBeanClassName();
            if (className == null || !className.startsWith("org.garrison.") || definition.getFactoryMethodName() != null) {
                continue;
            }
            Class<?> type = ClassUtils.resolveClassName(className, factory.getBeanClassLoader());
            Constructor<?> constructor;
            try {
                constructor = BeanUtils.getResolvableConstructor(type);
            }
            catch (IllegalStateException ex) {
                continue;
            }
            for (Parameter parameter : constructor.getParameters()) {
                Class<?> needed = parameter.getType();
                if (mockable(needed, parameter) && factory.getBeanNamesForType(needed, true, false).length == 0) {
                    missing.putIfAbsent(needed, "sliceMock#" + needed.getName());
                }
            }
        }
        missing.forEach((type, name) -> registry.registerBeanDefinition(name, mockDefinition(type)));
    }

    private static <T> BeanDefinition mockDefinition(Class<T> type) {
        return BeanDefinitionBuilder
            .genericBeanDefinition(type, () -> Mockito.mock(type, MockReset.withSettings(MockReset.AFTER)))
            .getBeanDefinition();
    }

    private static boolean mockable(Class<?> type, Parameter parameter) {
        return !type.isPrimitive() && !type.isArray() && !type.getName().startsWith("java.")
                && !Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)
                && type != Optional.class && type != ObjectProvider.class && !parameter.isAnnotationPresent(Value.class);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    }

}
