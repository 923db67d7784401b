package dev.paperdigest.example.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 4 application that takes and returns digests as JSON. Nothing in it mentions
 * Jackson: Boot builds its {@code JsonMapper} with the modules it finds, and digest-jackson3's jar
 * provides {@code DigestModule} through its service entry.
 *
 * <pre>{@code
 * curl -s localhost:8080/digests/tidy -H 'Content-Type: application/json' -d @2024-10-10.json
 * }</pre>
 */
@SpringBootApplication
public class DigestApplication {
  /** Starts the application. */
  public static void main(String[] args) {
    SpringApplication.run(DigestApplication.class, args);
  }
}
