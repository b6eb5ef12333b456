package nl.kring.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retry of unsent mail runs every minute ({@link Mailer#retryDue}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {}
