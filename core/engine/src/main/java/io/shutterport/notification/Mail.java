package io.shutterport.notification;

import java.util.Map;

/**
 * A mail to send from a template.
 *
 * @param to the recipient
 * @param locale the language to write in
 * @param template the template key (e.g. {@code mail.verify})
 * @param params values for {@code ${name}} placeholders
 */
public record Mail(String to, String locale, String template, Map<String, String> params) {}
