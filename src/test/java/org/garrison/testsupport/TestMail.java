package org.garrison.testsupport;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One SMTP server (GreenMail on 127.0.0.1, a free port) for every test application context of this JVM,
 * so that tests reading the mail sent do not need a context of their own. Started with the first context,
 * stopped when the JVM ends.
 */
public class TestMail implements EnvironmentPostProcessor {

    private static GreenMail server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        int port = server().getSmtp().getPort();
        environment.getPropertySources().addFirst(new MapPropertySource("garrisonTestMail",
                Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(port))));
    }

    /** The server every context sends to; the mail received so far is in {@code receivedMessages()}. */
    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mail-stop"));
        }
        return server;
    }

}
