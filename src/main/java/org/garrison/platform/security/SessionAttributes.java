package org.garrison.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How session attributes are stored in the database (Spring Session JDBC): Java serialization, as by default,
 * except that an attribute written by an earlier version of Garrison that this version cannot read any more (its
 * classes changed) is dropped instead of failing the request. The user of such a session is simply asked to sign
 * in again after an upgrade.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributes {

    private static final Logger log = LoggerFactory.getLogger(SessionAttributes.class);

    @Bean("springSessionConversionService")
    ConversionService springSessionConversionService() {
        var conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversion.addConverter(byte[].class, Object.class, new Tolerant(new DeserializingConverter()));
        return conversion;
    }

    /** Reads a stored attribute, or nothing when an older version wrote it with classes that changed since. */
    record Tolerant(DeserializingConverter reader) implements Converter<byte[], Object> {

        @Override
        public Object convert(byte[] stored) {
            try {
                return reader.convert(stored);
            }
            catch (SerializationFailedException ex) {
                log.info("A session attribute written by an earlier version could not be read and is dropped: {}",
                        ex.getMostSpecificCause().toString());
                return null;
            }
        }

    }

}
