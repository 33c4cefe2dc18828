package org.garrison.notifications.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends one delivery by e-mail (when an SMTP server is configured) or to a group-chat robot. */
@Component
class Senders {

    private final ObjectProvider<JavaMailSender> mail;

    private final NotificationSettings settings;

    private final JsonMapper json;

    private final HttpClient http;

    Senders(ObjectProvider<JavaMailSender> mail, NotificationSettings settings, JsonMapper json) {
        this.mail = mail;
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.webhookTimeout()).build();
    }

    /** Whether e-mail can be sent at all (an SMTP host is configured). */
    boolean mailEnabled() {
        return mail.getIfAvailable() != null;
    }

    /** Sends; throws when it did not work, with a message worth keeping as the delivery's last error. */
    void send(Delivery delivery) throws IOException, InterruptedException {
        switch (delivery.getChannel()) {
            case EMAIL -> email(delivery);
            case WEBHOOK -> post(delivery);
            case IN_APP -> throw new IllegalArgumentException("in-app messages are not sent");
        }
    }

    private void email(Delivery delivery) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        var message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(delivery.getTarget());
        message.setSubject(delivery.getSubject());
        message.setText(delivery.getBody());
        sender.send(message);
    }

    private void post(Delivery delivery) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(delivery.getTarget()))
            .timeout(settings.webhookTimeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(delivery.getBody()))
            .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode() + " " + abbreviate(response.body()));
        }
        // Both robots answer 200 with {"errcode":0,"errmsg":"ok"}; anything else is a refusal.
        if (response.body().contains("errcode")) {
            JsonNode answer = json.readTree(response.body());
            if (answer.path("errcode").asInt(0) != 0) {
                throw new IOException("robot refused: " + abbreviate(response.body()));
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }

}
