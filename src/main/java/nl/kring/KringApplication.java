package nl.kring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kring: one deployable, one package per capability below {@code nl.kring}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KringApplication {

    public static void main(String[] args) {
        SpringApplication.run(KringApplication.class, args);
    }
}
