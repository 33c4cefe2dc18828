package org.garrison.testsupport.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives the browser test class's Chromium a camera that pages may use without asking and that films whatever
 * the test last showed it ({@link BrowserTestSupport#showToCamera}), a white picture until then.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FakeCamera {

}
